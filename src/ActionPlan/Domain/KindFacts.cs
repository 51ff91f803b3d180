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

/// <summary>A plain page: references only.</summary>
public sealed record PageFacts : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Page;
}

/// <summary>A project.</summary>
/// <param name="Status">Planned, ongoing or completed, where given.</param>
/// <param name="Started">When it started, where given.</param>
public sealed record ProjectFacts(ProjectStatus? Status, PartialDate? Started) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Project;
}

/// <summary>A best practice.</summary>
public sealed record BestPracticeFacts : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.BestPractice;
}

/// <summary>A network in the register.</summary>
/// <param name="Theme">What the network works on (prose, in the page's language).</param>
/// <param name="Contact">The id of the contact unit that holds the membership.</param>
/// <param name="RegisterYears">The years whose register edition lists the network.</param>
public sealed record NetworkFacts(string Theme, string Contact, IReadOnlyList<int> RegisterYears) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Network;
}

/// <summary>A strategic focus area.</summary>
/// <param name="Number">Its number in the action plan (1-12).</param>
/// <param name="Office">The id of the responsible office (a contact).</param>
/// <param name="Aims">The city aims it serves.</param>
/// <param name="Objectives">The administration's objectives (1-6) it serves.</param>
/// <param name="Goals">Its goals, in order.</param>
public sealed record FocusAreaFacts(int Number, string Office, IReadOnlyList<CityAim> Aims, IReadOnlyList<int> Objectives, IReadOnlyList<Goal> Goals) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.FocusArea;
}

/// <summary>An activity.</summary>
/// <param name="Type">Study trip, visit, conference and so on.</param>
/// <param name="When">When it took place (year, month or day).</param>
/// <param name="Status">Whether it was held.</param>
public sealed record ActivityFacts(ActivityType Type, PartialDate When, ActivityStatus Status) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Activity;
}

/// <summary>A publication.</summary>
/// <param name="Year">The year it was published.</param>
/// <param name="Files">Its file per language code (a path as in a Markdown link, from content/ or static/).</param>
public sealed record PublicationFacts(int Year, IReadOnlyDictionary<string, string> Files) : KindFacts
{
    /// <summary>The date the document bears (year, month or day), where given.</summary>
    public PartialDate? Issued { get; init; }

    /// <summary>The body that issued it, in the page's language (prose), where given.</summary>
    public string? IssuedBy { get; init; }

    /// <summary>Its case or reference numbers (<c>2007-43994</c>, <c>DNR 115-239/2002</c>), the same in every language.</summary>
    public IReadOnlyList<string> CaseNumbers { get; init; } = [];

    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Publication;
}

/// <summary>A unit or role to contact; its <c>internal:</c> fields are checked to be a mapping and then dropped.</summary>
/// <param name="IsRole">True for a role (the international coordinator), false for a unit (the Project Office).</param>
public sealed record ContactFacts(bool IsRole) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Contact;
}

/// <summary>A partner city.</summary>
/// <param name="Country">The country's name in the page's language.</param>
public sealed record CityFacts(string Country) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.City;
}
