namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A document: a plan, a status, a report, with its file in one or both languages.</summary>
    public static readonly ContentKind Publication = new(order: 6, name: "publication", folder: "publications", description: "A document (a plan, a status, a report), which other pages cite as their source.",
        PublicationFields.All,
        v =>
        {
            var year = v.Get(PublicationFields.Year);
            var issued = v.Get(PublicationFields.Issued);
            if (issued is not null && year is not null && issued.Year != year)
            {
                v.Fail(PublicationFields.Issued, "bad-value", $"'{PublicationFields.Issued.Key}' ({issued}) must fall in the publication's '{PublicationFields.Year.Key}' ({year}): correct one of them.");
                issued = null;
            }

            return year is null ? null : new PublicationFacts(year.Value, v.Get(PublicationFields.Files) ?? new Dictionary<string, string>())
            {
                Issued = issued, IssuedBy = v.Get(PublicationFields.IssuedBy), CaseNumbers = v.Get(PublicationFields.CaseNumbers) ?? [],
                Period = v.Get(PublicationFields.Period),
            };
        })
    {
        ReferenceKey = "publications", Filtered = true,
    };
}

/// <summary>A publication's own fields.</summary>
public static class PublicationFields
{
    /// <summary>The year it was published.</summary>
    public static readonly NumberField Year = new("year", true, "the year it was published", 1900, 2999, 0, values: "a year");

    /// <summary>The date on the document.</summary>
    public static readonly DateField Issued = new("issued", false, "the date on the document (in 'year')");

    /// <summary>The body that issued it.</summary>
    public static readonly TextField IssuedBy = new("issued_by", false, "the body that issued it", "Social Services Administration, City of Copenhagen");

    /// <summary>Its case, journal or decision numbers.</summary>
    public static readonly TextsField CaseNumbers = new("case_numbers", help: "its case, journal or decision numbers", "2007-43994");

    /// <summary>Its file per language.</summary>
    public static readonly FilesField Files = new("files", help: "its file per language");

    /// <summary>For an action plan: the years it covers.</summary>
    public static readonly PeriodField Period = new("period", false, "for an action plan: the years it covers");

    /// <summary>The fields, in the order editors see them.</summary>
    public static IReadOnlyList<Field> All { get; } = [Year, Issued, IssuedBy, CaseNumbers, Files, Period];
}

/// <summary>A publication.</summary>
/// <param name="Year">The year it was published.</param>
/// <param name="Files">Its file per language code (a path as in a Markdown link, from content/ or static/).</param>
public sealed record PublicationFacts(int Year, IReadOnlyDictionary<string, string> Files) : KindFacts
{
    /// <summary>The date the document bears (year, month or day), where given.</summary>
    public PartialDate? Issued { get; init; }

    /// <summary>The date the document bears, else the year it was published.</summary>
    public override PartialDate? Date => Issued ?? new PartialDate(Year, null, null);

    /// <summary>The body that issued it, in the page's language (prose), where given.</summary>
    public string? IssuedBy { get; init; }

    /// <summary>Its case or reference numbers (<c>2007-43994</c>, <c>DNR 115-239/2002</c>), the same in every language.</summary>
    public IReadOnlyList<string> CaseNumbers { get; init; } = [];

    /// <summary>For an action plan, the years it covers (<c>period: 2007-2009</c>); its focus areas' goals are judged only inside them.</summary>
    public YearSpan? Period { get; init; }

    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Publication;
}
