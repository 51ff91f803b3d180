using ActionPlan.Domain;

namespace ActionPlan.Rendering;

/// <summary>A product's data that takes its statements from documents: the page's sources are these citations instead of its front matter's.</summary>
public interface ICitingData
{
    /// <summary>The documents cited, in the order shown, with repeats.</summary>
    IEnumerable<Citation> Citations { get; }
}
