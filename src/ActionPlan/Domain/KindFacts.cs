namespace ActionPlan.Domain;

/// <summary>
/// The kind-specific front matter of a page, read and checked. Every kind also carries its references to
/// other pages and the flat list of its facts, which twins must agree on.
/// </summary>
public abstract record KindFacts
{
    /// <summary>The kind these facts belong to.</summary>
    public abstract ContentKind Kind { get; }

    /// <summary>References to other pages by id.</summary>
    public IReadOnlyList<Reference> References { get; init; } = [];

    /// <summary>The sources the page cites (<c>sources:</c>), in the order written.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>When the page's facts hold (<c>as_of:</c>), where the page gives it; else its sources' dates say.</summary>
    public PartialDate? AsOf { get; init; }

    /// <summary>That what the page describes has ended (<c>ended:</c>), or null while it is current.</summary>
    public Ending? Ended { get; init; }

    /// <summary>The id of the action plan (a publication with a period) the page belongs to (a focus area's <c>plan:</c>), or null when it names none.</summary>
    public string? Plan { get; init; }

    /// <summary>The id of the contact who keeps the page right (<c>owner:</c>), or null.</summary>
    public string? Owner { get; init; }

    /// <summary>
    /// The date the kind records for what the page describes (an activity's or a presentation's <c>when</c>, a
    /// publication's date), or null for a kind that records none; <see cref="ActionPlan.Model.Page.Date"/> reads it.
    /// </summary>
    public virtual PartialDate? Date => null;

    /// <summary>The prose the kind records beyond the body (a focus area's goals and the reasons for their statuses), which search finds the page by.</summary>
    public virtual IEnumerable<string?> Prose => [];

    /// <summary>The tags the page names (<c>tags:</c>), in the order written; checked against site.yml's declared tags.</summary>
    public IReadOnlyList<TagReference> Tags { get; init; } = [];

    /// <summary>The day by which the page is to be checked again (<c>review_by:</c>), or null.</summary>
    public DateOnly? ReviewBy { get; init; }

    /// <summary>Every non-prose value, for comparing twins.</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>
    /// Fact paths whose value could not be read (the error is reported there): twins are not compared at or below
    /// them, so one mistake gives one error. <c>""</c> means nothing is known (the front matter could not be read).
    /// </summary>
    public IReadOnlySet<string> Unknown { get; init; } = new HashSet<string>();

    /// <summary>False when the kind itself is not known (<c>kind:</c> was wrong or the front matter unreadable).</summary>
    public bool KindKnown { get; init; } = true;
}

/// <summary>
/// A page of a kind whose fields could not all be read: the errors are reported, and the page keeps its kind
/// (so links, twins and references to it still work) without the typed values.
/// </summary>
/// <param name="Of">The kind.</param>
public sealed record UnreadFacts(ContentKind Of) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => Of;
}
