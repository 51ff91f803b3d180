namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A partner city; its page lists everything done with it.</summary>
    public static readonly ContentKind City = new(order: 8, name: "city", folder: "cities", description: "A partner city; its page lists everything done with it.",
        [CityFields.Country],
        v => v.Get(CityFields.Country) is { } country ? new CityFacts(country) : null)
    {
        ReferenceKey = "cities", Facet = true,
    };
}

/// <summary>A city's own fields.</summary>
public static class CityFields
{
    /// <summary>The country, in the page's language.</summary>
    public static readonly TextField Country = new("country", true, "the country's name, in the page's language", "The country's name");
}

/// <summary>A partner city.</summary>
/// <param name="Country">The country's name, in the page's language.</param>
public sealed record CityFacts(string Country) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.City;
}
