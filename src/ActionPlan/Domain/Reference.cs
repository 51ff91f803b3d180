namespace ActionPlan.Domain;

/// <summary>A reference from a page's front matter to another page by id (its file name), with the kind it must have.</summary>
/// <param name="Field">The front matter key it was written under.</param>
/// <param name="Target">The kind the referenced page must be.</param>
/// <param name="Id">The referenced page's id.</param>
/// <param name="Line">The file line it was written on.</param>
/// <param name="Column">The file column of the id.</param>
public sealed record Reference(string Field, ContentKind Target, string Id, int Line, int Column)
{
    /// <summary>
    /// True for a citation of a source (<c>sources:</c>, on the page or in an assessment): checked like any reference,
    /// but it says where facts come from, not that the pages are related, so it makes no "Related" link.
    /// </summary>
    public bool IsCitation => Field == KindBinder.SourcesKey || Field.EndsWith("." + KindBinder.SourcesKey, StringComparison.Ordinal);

    /// <summary>
    /// True when the reference makes the pages related (listed under "Related"): not a citation, nor a page's owner,
    /// who keeps the page right but is not what it is about.
    /// </summary>
    public bool IsRelation => !IsCitation && Field != KindBinder.OwnerKey;
}
