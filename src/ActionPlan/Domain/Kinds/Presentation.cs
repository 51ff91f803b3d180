namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>
    /// An international presentation of the administration's work: a talk at a conference, a workshop, a project
    /// shown to visitors from abroad. Focus area 11's first two goals count them, each in the year it was given.
    /// </summary>
    public static readonly ContentKind Presentation = new(
        order: 9, name: "presentation", folder: "presentations", description: "An international presentation of the administration's work (a talk, a workshop, a project shown to visitors).",
        [
            new DateField("when", true, "when it was given"),
            new TextField("event", true, "the conference, meeting or visit it was given at", "The conference's name"),
            new ChoiceField<PresentationFormat>("format", true, "given in person or online", PresentationFormat.InPerson),
            new TextField("place", false, "where it was given (a city, a venue); leave out when it was online", "The city"),
            new TextField("audience", false, "who it was given to", "Who it was given to"),
        ],
        v => v.Get<PartialDate>("when") is { } when && v.Get<string>("event") is { } held && v.Choice<PresentationFormat>("format") is { } format
            ? new PresentationFacts(when, held, format, v.Get<string>("place"), v.Get<string>("audience"))
            : null)
    {
        Filtered = true, CountedOn = facts => (facts as PresentationFacts)?.When,
    };
}

/// <summary>How a presentation was given.</summary>
public enum PresentationFormat
{
    /// <summary>With the audience in the room.</summary>
    InPerson,

    /// <summary>Over the internet.</summary>
    Online,
}

/// <summary>An international presentation; the project presented is named under <c>projects:</c>.</summary>
/// <param name="When">When it was given (year, month or day).</param>
/// <param name="Event">The conference, meeting or visit (prose, in the page's language).</param>
/// <param name="Format">In person or online.</param>
/// <param name="Place">Where it was given (prose), where given.</param>
/// <param name="Audience">Who it was given to (prose), where given.</param>
public sealed record PresentationFacts(PartialDate When, string Event, PresentationFormat Format, string? Place, string? Audience) : KindFacts
{
    /// <inheritdoc/>
    public override PartialDate? Date => When;

    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Presentation;
}
