namespace ActionPlan.Domain;

/// <summary>A field whose value is one of a fixed set of written names (an enum's, the kinds', the site's languages), or a list of them.</summary>
public interface IChoiceField
{
    /// <summary>The names editors may write, in order.</summary>
    /// <param name="languageCodes">The site's languages.</param>
    IReadOnlyList<string> Options(IReadOnlyList<string> languageCodes);

    /// <summary>True when the value is a list of names.</summary>
    bool Many { get; }
}
