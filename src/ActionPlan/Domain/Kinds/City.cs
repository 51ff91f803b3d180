namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A partner city; its page lists everything done with it.</summary>
    public static readonly ContentKind City = new(order: 8, name: "city", folder: "cities", description: "A partner city; its page lists everything done with it.",
        [new TextField("country", true, "the country's name, in the page's language", "The country's name")],
        v => v.Get<string>("country") is { } country ? new CityFacts(country) : null)
    {
        ReferenceKey = "cities", Facet = true,
    };
}

/// <summary>A partner city.</summary>
/// <param name="Country">The country's name in the page's language.</param>
public sealed record CityFacts(string Country) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.City;
}
