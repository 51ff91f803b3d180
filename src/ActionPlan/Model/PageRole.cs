namespace ActionPlan.Model;

/// <summary>What a page is in the site's tree, as opposed to its content kind: a written page's place, or the kind of page the build makes.</summary>
public enum PageRole
{
    /// <summary>The home page of a language (<c>content/_index.&lt;lang&gt;.md</c>).</summary>
    Home,

    /// <summary>A folder's own page (<c>_index.&lt;lang&gt;.md</c>), which lists the folder's pages.</summary>
    Section,

    /// <summary>Any other written page.</summary>
    Regular,

    /// <summary>Made: the list of register editions (<c>/en/networks/register/</c>).</summary>
    RegisterArchive,

    /// <summary>Made: one year's register of networks (<c>/en/networks/register/2008/</c>).</summary>
    RegisterEdition,

    /// <summary>Made: one year's activities in date order (<c>/en/activities/2008/</c>).</summary>
    Timeline,

    /// <summary>Made: the list of annual status reports (<c>/en/status/</c>).</summary>
    StatusIndex,

    /// <summary>Made: one year's status report (<c>/en/status/2008/</c>).</summary>
    StatusReport,

    /// <summary>Made: a section's pages that refer to one focus area or city (<c>/en/projects/cities/berlin/</c>).</summary>
    FilteredListing,

    /// <summary>Made: the search page of a language (<c>/en/search/</c>).</summary>
    Search,

    /// <summary>Made: the page a server shows for a missing address (<c>/en/404.html</c>).</summary>
    NotFound,

    /// <summary>Made: a later page of a long listing, numbered from 2 (<c>/en/projects/page/2/</c>); its parent is the listing's first page.</summary>
    Paged,
}
