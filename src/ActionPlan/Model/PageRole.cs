namespace ActionPlan.Model;

/// <summary>What a page is in the site's tree: its role, as opposed to its content kind.</summary>
public enum PageRole
{
    /// <summary>The home page of a language (<c>content/_index.&lt;lang&gt;.md</c>).</summary>
    Home,

    /// <summary>A folder's own page (<c>_index.&lt;lang&gt;.md</c>), which lists the folder's pages.</summary>
    Section,

    /// <summary>Any other page.</summary>
    Regular,
}
