namespace ActionPlan.Model;

/// <summary>
/// A kind of page the build makes, as the product that makes it declares it. Its name gives its layout
/// (<c>Layouts/generated/&lt;name&gt;</c>) and its interface texts (<c>&lt;name&gt;_title</c>, <c>&lt;name&gt;_summary</c>,
/// <c>&lt;name&gt;_crumb</c>, <c>search_kind_&lt;name&gt;</c>, each with '_' for '-').
/// </summary>
/// <param name="Name">The name, lower case with '-' (<c>status-report</c>).</param>
public sealed record MadePageType(string Name)
{
    /// <summary>About one year: titled and dated by it, named by it in breadcrumbs, found by search, and in the feed.</summary>
    public bool Yearly { get; init; }

    /// <summary>Found by search though it is about no year (a tag's page); yearly pages are found in any case.</summary>
    public bool Searchable { get; init; }

    /// <summary>True when search finds pages of this type: yearly ones, and those declared <see cref="Searchable"/>.</summary>
    public bool Found => Yearly || Searchable;

    /// <summary>Named in breadcrumbs by its own short text (<c>&lt;name&gt;_crumb</c>) instead of its title.</summary>
    public bool HasCrumb { get; init; }

    /// <summary>Shown by servers for any missing address: it names no canonical address of its own and is left out of the sitemap.</summary>
    public bool ServedAnywhere { get; init; }

    /// <summary>The name as interface text keys write it (<c>status_report</c>).</summary>
    public string TextKey => Name.Replace('-', '_');
}
