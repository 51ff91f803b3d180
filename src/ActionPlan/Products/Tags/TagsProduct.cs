using ActionPlan.Configuration;
using ActionPlan.Model;

namespace ActionPlan.Products.Tags;

/// <summary>
/// The tags declared in site.yml (<c>tags:</c>), in each language that has tagged pages: an index of the tags under its
/// home (<c>/en/tags/</c>, named by <c>tags_page:</c>) and a page per tag listing its pages (<c>/en/tags/child-poverty/</c>),
/// paged like any listing; and on each tagged page, its tags as links. A tag no page of a language names has no page there.
/// </summary>
public sealed class TagsProduct : IProduct
{
    /// <summary>A language's index of tags.</summary>
    public static readonly MadePageType Index = new("tags") { HasCrumb = true };

    /// <summary>One tag's pages in a language.</summary>
    public static readonly MadePageType TagPage = new("tag") { Searchable = true };

    /// <summary>The written pages of a language with a tag, by title as the language sorts, then by address.</summary>
    public static IReadOnlyList<Page> Tagged(Site site, string id, Language language) =>
        site.Written.Where(p => p.Language == language && p.FrontMatter.Facts.Tags.Any(t => t.Id == id))
            .OrderBy(p => p.Title, language.Collation).ThenBy(p => p.UrlPath, StringComparer.Ordinal).ToList();

    /// <inheritdoc/>
    public IEnumerable<Page> Plan(Site written, IReadOnlyList<Page> planned)
    {
        foreach (var language in written.Config.Languages)
        {
            var tagged = written.Config.Tags.Select(t => (Tag: t, Pages: Tagged(written, t.Id, language))).Where(t => t.Pages.Count > 0).ToList();
            if (tagged.Count == 0 || written.Home(language) is not { } home)
            {
                continue;
            }

            var index = Page.Made("tags", language, Index, $"{home.UrlPath}{written.Config.TagsUrlName(language)}/", home);
            yield return index;
            foreach (var (tag, pages) in tagged)
            {
                yield return Page.Made($"tags/{tag.Id}", language, TagPage, $"{index.UrlPath}{tag.Id}/", index, items: pages, subject: tag.Names.For(language));
            }
        }
    }

    /// <inheritdoc/>
    public int? EntriesOf(Page listing, Site site) => listing.Type == TagPage ? listing.Items.Count : null;

    /// <inheritdoc/>
    public IEnumerable<object> DataFor(Page page, Site site, IReadOnlySet<string> printed)
    {
        if (page.IsWritten && page.FrontMatter.Facts.Tags.Count > 0)
        {
            yield return new PageTags([.. page.FrontMatter.Facts.Tags.Select(t => t.Id).Distinct(StringComparer.Ordinal)
                .Select(id => LinkTo(site, id, page.Language)).OfType<TagLink>()]);
        }
        else if (page.Type == Index)
        {
            yield return new TagIndex([.. site.Config.Tags.Select(t => LinkTo(site, t.Id, page.Language)).OfType<TagLink>()
                .OrderBy(t => t.Name, page.Language.Collation).ThenBy(t => t.Page.UrlPath, StringComparer.Ordinal)]);
        }
    }

    /// <summary>A tag's link in a language, or null where it has no page there (a tag no page names, or one not declared).</summary>
    private static TagLink? LinkTo(Site site, string id, Language language) =>
        site.FindMade($"tags/{id}", language) is { } tagPage ? new TagLink(tagPage.Subject!, tagPage, tagPage.Items.Count) : null;
}
