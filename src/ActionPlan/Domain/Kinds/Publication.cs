namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A document: a plan, a status, a report, with its file in one or both languages.</summary>
    public static readonly ContentKind Publication = new(order: 6, name: "publication", folder: "publications", description: "A document (a plan, a status, a report), which other pages cite as their source.",
        [
            new NumberField("year", true, "the year it was published", 1900, 2999, 0, values: "a year"),
            new DateField("issued", false, "the date on the document (in 'year')"),
            new TextField("issued_by", false, "the body that issued it", "Social Services Administration, City of Copenhagen"),
            new TextsField("case_numbers", help: "its case, journal or decision numbers", "2007-43994"),
            new FilesField("files", help: "its file per language"),
            new PeriodField("period", false, "for an action plan: the years it covers"),
        ],
        v =>
        {
            var year = v.Number("year");
            var issued = v.Get<PartialDate>("issued");
            if (issued is not null && year is not null && issued.Year != year)
            {
                v.Fail("issued", "bad-value", $"'issued' ({issued}) must fall in the publication's 'year' ({year}): correct one of them.");
                issued = null;
            }

            return year is null ? null : new PublicationFacts(year.Value, v.Get<IReadOnlyDictionary<string, string>>("files") ?? new Dictionary<string, string>())
            {
                Issued = issued, IssuedBy = v.Get<string>("issued_by"), CaseNumbers = v.Get<IReadOnlyList<string>>("case_numbers") ?? [],
                Period = v.Get<YearSpan>("period"),
            };
        })
    {
        ReferenceKey = "publications", Filtered = true,
    };
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
