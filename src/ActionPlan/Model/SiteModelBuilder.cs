using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Markup;

namespace ActionPlan.Model;

/// <summary>
/// Places every parsed page at its URL, checks that the tree is whole (a home page per language, a
/// section page for every folder with pages, one page per URL) and resolves the pages' links: the written site, from
/// which the products plan their pages.
/// </summary>
public static class SiteModelBuilder
{
    /// <summary>
    /// Builds the site of the written pages; problems become diagnostics. <paramref name="layoutIds"/> are the ids the
    /// theme's layouts may write on a page: a link to one of them is left to the check of the rendered output.
    /// <paramref name="history"/> reads the site's git history, needed only where a goal counts pages by the day they were
    /// first published. <paramref name="themeFiles"/> are the theme's static files, which like the site's own must not
    /// take a page's place. <paramref name="today"/> is the build's day, against which review dates are checked (default:
    /// today, UTC).
    /// </summary>
    public static WrittenSite Build(
        SiteConfig config,
        IReadOnlyList<(ParsedSource Parsed, ParsedMarkdown Markdown)> sources,
        IReadOnlyList<AssetFile> assets,
        DiagnosticBag diagnostics,
        IReadOnlyDictionary<(string TwinKey, string Language), string>? withheld = null,
        IReadOnlySet<string>? layoutIds = null,
        Func<PublicationHistory>? history = null,
        IReadOnlyList<AssetFile>? themeFiles = null,
        DateOnly? today = null)
    {
        var pages = new List<Page>();
        var accessibility = new AccessibilityChecker(config);
        foreach (var (parsed, markdown) in sources)
        {
            if (Place(config, parsed, markdown, accessibility, diagnostics) is { } page)
            {
                pages.Add(page);
            }
        }

        (var urls, pages) = UrlRegistry.Claim(pages, SiteUrls.BuiltFiles(config), assets, themeFiles ?? [], diagnostics);
        CheckTree(config, pages, diagnostics);
        // References first: a field naming no page is reported there, and its twins are not compared on it.
        var brokenReferences = ReferenceChecker.Check(pages, diagnostics);
        var brokenTags = TagChecker.Check(config, pages, diagnostics);
        FactAgreementChecker.Check(pages, config.Languages, brokenReferences.Union(brokenTags).ToHashSet(), diagnostics);
        var day = today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        DatingChecker.Check(config, pages, day, diagnostics);

        var plans = PlanPeriods.Collect(pages);
        PlanPeriods.Check(pages, plans, brokenReferences, diagnostics);
        var site = new Site(config, pages, assets) { Plans = plans, Today = day, History = history ?? (() => PublicationHistory.Without(DateTime.UtcNow.Year)) };
        var resolver = new LinkResolver(site, withheld, layoutIds);
        var links = new Dictionary<Page, PageLinks>(ReferenceEqualityComparer.Instance);
        foreach (var page in site.Written)
        {
            links[page] = new PageLinks(resolver.ResolveAll(page, diagnostics), ResolveFiles(page, resolver, diagnostics));
        }

        return new WrittenSite(site, links, urls);
    }

    private static Page? Place(SiteConfig config, ParsedSource parsed, ParsedMarkdown markdown, AccessibilityChecker accessibility, DiagnosticBag diagnostics)
    {
        var source = parsed.Source;
        var language = source.Language;
        var segments = new List<string> { language.Code };
        if (source.Folder.Length > 0)
        {
            var folders = source.Folder.Split('/');
            segments.Add(config.SectionUrlName(folders[0], language));
            segments.AddRange(folders.Skip(1));
        }

        var role = source.IsIndex ? (source.Folder.Length == 0 ? PageRole.Home : PageRole.Section) : PageRole.Regular;
        if (role == PageRole.Regular)
        {
            segments.Add(parsed.FrontMatter.Slug ?? source.Name);
        }

        if (segments.Skip(1).FirstOrDefault(s => !UrlName.IsValid(s)) is { } bad)
        {
            var what = role == PageRole.Regular && bad == segments[^1]
                ? "rename the file or set 'slug:' in its front matter"
                : "rename the folder, or give the section a URL name in site.yml under 'sections:'";
            diagnostics.Error("bad-url-name", source.Path, 1, 1,
                $"'{bad}' cannot be part of a URL: use only lower-case letters, digits and '-' ({what}).");
            return null;
        }

        foreach (var (tag, line, column) in markdown.RawHtml.Where(t => !MarkupParser.IsAllowed(t.Tag, config.AllowedHtml)))
        {
            diagnostics.Warning("raw-html", source.Path, line, column,
                $"raw HTML '{tag}' is shown as text, not run: write Markdown instead (links, emphasis, lists, tables).");
        }

        foreach (var (text, line, column) in markdown.UnparsedLinks)
        {
            diagnostics.Warning("unparsed-link", source.Path, line, column,
                $"'{text}' is shown as text, not as a link: an address may not contain spaces. Rename the file, or write the address in angle brackets: (<my file.md>).");
        }

        foreach (var (text, line, column) in markdown.EscapedLinks)
        {
            var image = text.StartsWith("\\!", StringComparison.Ordinal);
            var fixedText = text.Replace("\\", "", StringComparison.Ordinal);
            diagnostics.Warning("escaped-link", source.Path, line, column,
                $"'{text}' is shown as text with its brackets, not as {(image ? "an image" : "a link")}: the '\\' before {(image ? "'!' and '['" : "'['")} makes Markdown read it as plain text (a rich-text editor writes it so). Remove the '\\': {fixedText}");
        }

        accessibility.Check(source.Path, markdown, language.Code, diagnostics);
        return Page.Written(parsed, markdown, language, role, string.Concat(segments.Select(s => s + "/")));
    }

    /// <summary>A publication's files resolve like links written on its page: beside it, or from content/ or static/.</summary>
    private static IReadOnlyDictionary<string, string> ResolveFiles(Page page, LinkResolver resolver, DiagnosticBag diagnostics)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (page.FrontMatter.Facts is not Domain.PublicationFacts publication)
        {
            return files;
        }

        foreach (var (code, path) in publication.Files)
        {
            var resolution = resolver.Resolve(page, path);
            if (resolution.Error is not null || resolution.Href is null || resolution.Href.StartsWith('#'))
            {
                var fact = page.FrontMatter.Facts.Facts.FirstOrDefault(f => f.Path == $"files.{code}");
                diagnostics.Error("link", page.Source.Path, fact?.Line ?? 1, fact?.Column ?? 1, $"the {code} file: {resolution.Error ?? $"'{path}' is not a file."}");
                continue;
            }

            files[code] = resolution.Href;
        }

        return files;
    }

    /// <summary>
    /// An alias is an old address (below the base URL) that now redirects to the page. It must stay inside the
    /// site, be a valid address, and not be any page's address or another page's alias.
    /// </summary>
    public static string? NormalizeAlias(string alias)
    {
        var path = alias.Trim().Trim('/');
        var segments = path.Split('/');
        if (path.Length == 0 || segments.Any(s => s is "" or "." or ".." || s.Any(c => char.IsControl(c) || c is '\\' or ':' or '?' or '#' or '%' or '*' or '"' or '<' or '>' or '|')))
        {
            return null;
        }

        return path.EndsWith(".html", StringComparison.Ordinal) ? path : path + "/";
    }

    private static void CheckTree(SiteConfig config, List<Page> pages, DiagnosticBag diagnostics)
    {
        var keys = pages.Select(p => (p.Source.TwinKey, p.Language.Code)).ToHashSet();
        foreach (var language in config.Languages)
        {
            var first = pages.FirstOrDefault(p => p.Language == language);
            if (first is not null && !keys.Contains((SourceFile.IndexName, language.Code)))
            {
                diagnostics.Error("no-home", $"{ContentScanner.ContentFolder}/{SourceFile.IndexName}.{language.Code}.md", 0, 0,
                    $"the site has pages in {language.Name} but no home page for them: create this file with a title.");
            }
        }

        foreach (var page in pages.Where(p => p.Role == PageRole.Regular))
        {
            foreach (var (code, sections) in config.RequiredTranslations)
            {
                if (code != page.Language.Code && sections.Contains(page.Section) && !keys.Contains((page.Source.TwinKey, code)))
                {
                    var language = config.FindLanguage(code)!;
                    diagnostics.Error("translation-required", page.Source.Path, 1, 1,
                        $"this page has no {language.Name} version, which site.yml requires for the section '{page.Section}': write {ContentScanner.ContentFolder}/{page.Source.TwinKey}.{code}.md.");
                }
            }
        }

        // A kind the site says must cite its sources: every page of it names at least one publication.
        foreach (var page in pages.Where(p => p.Role == PageRole.Regular && config.SourcesRequired.Contains(p.Kind)
                     && p.FrontMatter.Facts is { KindKnown: true, Citations.Count: 0 } facts && !facts.Unknown.Contains(Domain.KindBinder.SourcesKey) && !facts.Unknown.Contains("")))
        {
            diagnostics.Error("source-required", page.Source.Path, 1, 1,
                $"this {page.Kind.Name} cites no source, which site.yml requires for its kind: add 'sources: [<publication id>]', naming the document its facts come from.");
        }

        foreach (var (key, twinKey) in new[] { ("contact_page", config.Footer.ContactPage), ("privacy_page", config.Footer.PrivacyPage) })
        {
            foreach (var language in config.Languages.Where(l => twinKey is not null && !keys.Contains((twinKey, l.Code))))
            {
                diagnostics.Error("config", SiteConfigReader.FileName, config.Footer.Lines.GetValueOrDefault(key), 1,
                    $"{key} '{twinKey}' has no {language.Name} page: create {ContentScanner.ContentFolder}/{twinKey}.{language.Code}.md (every footer links to it).");
            }
        }

        foreach (var page in pages)
        {
            var folder = page.Source.Folder;
            if (page.Role == PageRole.Section)
            {
                folder = folder.LastIndexOf('/') is var slash and >= 0 ? folder[..slash] : "";
            }

            if (folder.Length > 0 && !keys.Contains(($"{folder}/{SourceFile.IndexName}", page.Language.Code)))
            {
                keys.Add(($"{folder}/{SourceFile.IndexName}", page.Language.Code));
                diagnostics.Error("no-section-page", $"{ContentScanner.ContentFolder}/{folder}/{SourceFile.IndexName}.{page.Language.Code}.md", 0, 0,
                    $"the folder {folder}/ has pages in {page.Language.Name} but no section page: create this file with a title (it lists the folder's pages).");
            }
        }
    }
}
