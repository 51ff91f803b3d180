using ActionPlan.Configuration;
using ActionPlan.Loading;
using ActionPlan.Markup;

namespace ActionPlan.Model;

/// <summary>
/// A page of the site in one language, placed at its URL: a written page (from a Markdown file) or one the build
/// makes from the content (a register edition, a timeline, a status report, a filtered listing, search, not-found).
/// Its <see cref="Role"/> says which; only written pages have a source, and only made pages a <see cref="Parent"/> of their own.
/// Each page is one object, so pages compare by identity. What a page's content gives (its front matter, its place among
/// the pages, its source and body) is noted in <see cref="PageReads"/> as it is read; what names the page (its address,
/// key, language, role, kind of made page, year, number, subject) is not.
/// </summary>
public sealed class Page
{
    private Page(string key, Language language, PageRole role, string urlPath, MadePageType? type = null)
    {
        Type = type;
        Key = key;
        Language = language;
        Role = role;
        UrlPath = urlPath;
    }

    /// <summary>A written page: its source, parsed body, language, role (home, section or regular) and URL path.</summary>
    public static Page Written(ParsedSource parsed, ParsedMarkdown markdown, Language language, PageRole role, string urlPath) =>
        new(parsed.Source.TwinKey, language, role, urlPath) { _parsed = parsed, _body = markdown };

    /// <summary>
    /// A page the build makes, of a product's <paramref name="type"/>, under the page <paramref name="parent"/>, about a
    /// year, or listing the pages of a facet (a page) or of a <paramref name="subject"/> that is no page (a tag, by its name).
    /// </summary>
    public static Page Made(string key, Language language, MadePageType type, string urlPath, Page parent, int? year = null, Page? facet = null, IReadOnlyList<Page>? items = null, string? subject = null) =>
        new(key, language, PageRole.Made, urlPath, type) { _parent = parent, Year = year, _facet = facet, _items = items ?? [], Subject = subject };

    /// <summary>Page <paramref name="number"/> (2 or more) of a listing whose first page is <paramref name="first"/>: <c>&lt;first&gt;page/&lt;n&gt;/</c>.</summary>
    public static Page Continuing(Page first, int number) =>
        new($"{first.Key}/page/{number}", first.Language, PageRole.Paged, $"{first.UrlPath}page/{number}/", first.Type) { _parent = first, Number = number, Year = first.Year, Subject = first.Subject };

    /// <summary>The number of a listing's page: 1, or 2 and up for a later page.</summary>
    public int Number { get; private init; } = 1;

    /// <summary>The first page of the listing this page belongs to: itself, or a later page's parent.</summary>
    public Page Listing => Role == PageRole.Paged ? _parent! : this;

    /// <summary>The same for the page's versions in every language, so they are twins: a written page's twin key, a made page's own (e.g. <c>register/2008</c>).</summary>
    public string Key { get; }

    /// <summary>The page's language.</summary>
    public Language Language { get; }

    /// <summary>What the page is: home, section or regular for written pages, else made (or a later page of a made or written listing).</summary>
    public PageRole Role { get; }

    /// <summary>The kind of page a made page is (its listing's, for a later page of one); null for written pages and their later pages.</summary>
    public MadePageType? Type { get; }

    /// <summary>The path below the base URL, ending in '/' (or in '.html' for the not-found page), not escaped (e.g. <c>da/projekter/familien-i-centrum/</c>).</summary>
    public string UrlPath { get; }

    /// <summary>True for a page written in a Markdown file, false for one the build makes.</summary>
    public bool IsWritten => _parsed is not null;

    // Fields, not properties, so the page reads them without noting a read; set once, where the page is made.
    private ParsedSource? _parsed;
    private ParsedMarkdown? _body;
    private Page? _parent;
    private Page? _facet;
    private IReadOnlyList<Page> _items = [];

    /// <summary>A written page's source with its front matter; null for a made page. Its body is there too, so this is a read of the whole file.</summary>
    public ParsedSource? Parsed
    {
        get
        {
            PageReads.Body(this);
            return _parsed;
        }
    }

    /// <summary>A made page's place: the page it sits under (its section page, home, or the index of its series).</summary>
    public Page? Parent
    {
        get
        {
            PageReads.Front(this);
            return _parent;
        }
    }

    /// <summary>The year a yearly made page is about.</summary>
    public int? Year { get; private init; }

    /// <summary>The focus area or city a filtered listing is about.</summary>
    public Page? Facet
    {
        get
        {
            PageReads.Front(this);
            return _facet;
        }
    }

    /// <summary>What a made listing is about where that is no page, in the page's language (a tag's name); null for other pages.</summary>
    public string? Subject { get; private init; }

    /// <summary>The pages a filtered listing lists; empty for other pages.</summary>
    public IReadOnlyList<Page> Items
    {
        get
        {
            PageReads.Front(this);
            return _items;
        }
    }

    /// <summary>
    /// The date the page is dated by, as precise as it is known: what its kind records (an activity's or a
    /// presentation's <c>when</c>, a publication's date), else its <c>date:</c>; for a register edition, a timeline or a
    /// status report the year it is about; null for an undated page. The feed, search results and listings all show this one.
    /// </summary>
    public Domain.PartialDate? Date => Role switch
    {
        PageRole.Made when Type!.Yearly => new Domain.PartialDate(Year!.Value, null, null),
        _ when IsWritten => FrontMatter.Facts.Date ?? (FrontMatter.Date is { } day ? Domain.PartialDate.Of(day) : null),
        _ => null,
    };

    /// <summary>The parsed body of a written page.</summary>
    public ParsedMarkdown Markdown
    {
        get
        {
            PageReads.Body(this);
            return _body ?? throw NotWritten();
        }
    }

    /// <summary>The source file of a written page.</summary>
    public SourceFile Source
    {
        get
        {
            PageReads.Body(this);
            return _parsed?.Source ?? throw NotWritten();
        }
    }

    /// <summary>The front matter of a written page.</summary>
    public PageFrontMatter FrontMatter => Front().FrontMatter;

    /// <summary>The id other pages use to refer to a written page: its file name (the same for both twins).</summary>
    public string Id => Front().Source.Name;

    /// <summary>What a written page describes; a made page is of the general kind.</summary>
    public Domain.ContentKind Kind => IsWritten ? FrontMatter.Kind : Domain.ContentKind.Page;

    /// <summary>The title of a written page (a made page's is an interface text of its language).</summary>
    public string Title => FrontMatter.Title;

    /// <summary>The title where space is short (navigation, breadcrumbs, charts): <c>short_title:</c>, else the title.</summary>
    public string ShortTitle => FrontMatter.ShortTitle ?? FrontMatter.Title;

    /// <summary>The top-level content folder of a written page ('' for pages at the content root).</summary>
    public string Section => Front().Source.Folder.Split('/')[0];

    /// <summary>The file written, relative to the output folder: the URL's index.html, or the URL itself when it names a file.</summary>
    public string OutputPath => SiteUrls.FileOf(UrlPath);

    /// <summary>The page's address, for messages and debugging.</summary>
    public override string ToString() => "/" + UrlPath;

    /// <summary>A written page's source, noted as a read of its front matter, which with its path is all the caller takes of it.</summary>
    private ParsedSource Front()
    {
        PageReads.Front(this);
        return _parsed ?? throw NotWritten();
    }

    private InvalidOperationException NotWritten() => new($"/{UrlPath} is a page the build makes: it has no source file.");
}
