namespace ActionPlan.Model;

/// <summary>What a page is in the site's tree: a written page's place, or a page the build makes (which product made it is its <see cref="Page.Type"/>).</summary>
public enum PageRole
{
    /// <summary>The home page of a language (<c>content/_index.&lt;lang&gt;.md</c>).</summary>
    Home,

    /// <summary>A folder's own page (<c>_index.&lt;lang&gt;.md</c>), which lists the folder's pages.</summary>
    Section,

    /// <summary>Any other written page.</summary>
    Regular,

    /// <summary>A page the build makes from the written ones (a register edition, a timeline, a status report, a filtered listing, search, not-found).</summary>
    Made,

    /// <summary>A later page of a long listing, numbered from 2 (<c>/en/projects/page/2/</c>); its parent is the listing's first page.</summary>
    Paged,
}
