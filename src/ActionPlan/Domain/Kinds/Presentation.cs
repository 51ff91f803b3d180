namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>
    /// An international presentation of the administration's work: a talk at a conference, a workshop, a project
    /// shown to visitors from abroad. Focus area 11's first two goals count them, each in the year it was given.
    /// </summary>
    public static readonly ContentKind Presentation = new(
        order: 9, name: "presentation", folder: "presentations", description: "An international presentation of the administration's work (a talk, a workshop, a project shown to visitors).",
        PresentationFields.All,
        v => v.Get(PresentationFields.When) is { } when && v.Get(PresentationFields.Event) is { } held && v.Get(PresentationFields.Format) is { } format
            ? new PresentationFacts(when, held, format, v.Get(PresentationFields.Place), v.Get(PresentationFields.Audience))
            : null)
    {
        Filtered = true, CountedOn = facts => (facts as PresentationFacts)?.When,
    };
}

/// <summary>A presentation's own fields.</summary>
public static class PresentationFields
{
    /// <summary>When it was given.</summary>
    public static readonly DateField When = new("when", true, "when it was given");

    /// <summary>The conference, meeting or visit.</summary>
    public static readonly TextField Event = new("event", true, "the conference, meeting or visit it was given at", "The conference's name");

    /// <summary>In person or online.</summary>
    public static readonly ChoiceField<PresentationFormat> Format = new("format", true, "given in person or online", PresentationFormat.InPerson);

    /// <summary>Where it was given.</summary>
    public static readonly TextField Place = new("place", false, "where it was given (a city, a venue); leave out when it was online", "The city");

    /// <summary>Who it was given to.</summary>
    public static readonly TextField Audience = new("audience", false, "who it was given to", "Who it was given to");

    /// <summary>The fields, in the order editors see them.</summary>
    public static IReadOnlyList<Field> All { get; } = [When, Event, Format, Place, Audience];
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
