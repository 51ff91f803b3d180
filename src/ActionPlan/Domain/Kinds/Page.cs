namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A plain page (a section's own page, an about page), with only the fields every page has.</summary>
    public static readonly ContentKind Page = new(order: 0, name: "page", folder: "", description: "A plain page, with only the fields every page has.", [], _ => new PageFacts());
}

/// <summary>A plain page: references only.</summary>
public sealed record PageFacts : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Page;
}
