using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ActionPlan.Rendering;

/// <summary>
/// The base class of theme templates (<c>@inherits ActionPlan.Rendering.ThemePage&lt;PageView&gt;</c>): RazorLight's
/// page with an encoder that escapes markup characters but leaves Danish and other letters as they are.
/// </summary>
/// <typeparam name="TModel">The view model.</typeparam>
public abstract class ThemePage<TModel> : RazorLight.TemplatePage<TModel>
{
    private static readonly HtmlEncoder LetterKeepingEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Sets the letter-keeping encoder.</summary>
    protected ThemePage()
    {
        HtmlEncoder = LetterKeepingEncoder;
    }
}
