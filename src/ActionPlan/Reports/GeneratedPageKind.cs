namespace ActionPlan.Reports;

/// <summary>The pages the build makes from the content, beside the ones editors write.</summary>
public enum GeneratedPageKind
{
    /// <summary>The list of register editions (<c>/en/networks/register/</c>).</summary>
    RegisterArchive,

    /// <summary>One year's register of networks (<c>/en/networks/register/2008/</c>).</summary>
    RegisterEdition,

    /// <summary>One year's activities in date order (<c>/en/activities/2008/</c>).</summary>
    Timeline,

    /// <summary>The list of annual status reports (<c>/en/status/</c>).</summary>
    StatusIndex,

    /// <summary>One year's status report (<c>/en/status/2008/</c>).</summary>
    StatusReport,

    /// <summary>A section's pages that refer to one focus area or city (<c>/en/projects/cities/berlin/</c>).</summary>
    FilteredListing,

    /// <summary>The search page of a language (<c>/en/search/</c>).</summary>
    Search,

    /// <summary>The page a server shows for a missing address (<c>/en/404.html</c>).</summary>
    NotFound,
}
