using System.Globalization;
using System.Text.RegularExpressions;
using ActionPlan.Diagnostics;
using ActionPlan.Yaml;

namespace ActionPlan.Configuration;

/// <summary>Reads and checks <c>site.yml</c>; every problem becomes a diagnostic against that file.</summary>
public static partial class SiteConfigReader
{
    /// <summary>The configuration file's name in the site folder.</summary>
    public const string FileName = "site.yml";

    private static readonly string[] KnownKeys =
        ["title", "base_url", "languages", "default_language", "sections", "theme", "authority", "contact_page", "privacy_page", "accessibility_statement", "translations_required", "allowed_html", "sources_required", "search_page", "pagination", "editor_backend", "images", "status_pdf", "vague_link_text", "tags", "tags_page", "lix_max"];

    /// <summary>Reads the site folder's configuration; null when it is missing or has errors.</summary>
    public static SiteConfig? Read(string siteDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(siteDirectory, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error("no-config", FileName, 0, 0, $"no {FileName} in '{siteDirectory}': a site folder needs a {FileName} and a content/ folder.");
            return null;
        }

        return Parse(File.ReadAllText(path), diagnostics);
    }

    /// <summary>Parses configuration text (as found in <c>site.yml</c>); null when it has errors.</summary>
    public static SiteConfig? Parse(string text, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var map = YamlText.ParseMapping(text.TrimStart('\uFEFF'), FileName, 1, local);
        var config = map is null ? null : Bind(map, local);
        foreach (var diagnostic in local.ToSortedList())
        {
            diagnostics.Add(diagnostic);
        }

        return local.HasErrors ? null : config;
    }

    private static SiteConfig? Bind(YamlMap map, DiagnosticBag diagnostics)
    {
        var languageLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var languages = ReadLanguages(map, languageLines);
        var codes = languages.Select(l => l.Code).ToList();

        var title = ReadLocalized(map, "title", codes, required: true);
        var baseUrl = ReadBaseUrl(map);
        var defaultCode = map.String("default_language") ?? codes.FirstOrDefault();
        var defaultLanguage = languages.FirstOrDefault(l => l.Code == defaultCode);
        if (defaultLanguage is null && languages.Count > 0)
        {
            map.ErrorAt("default_language", "config", $"default_language '{defaultCode}' is not one of the languages ({string.Join(", ", codes)}).");
        }

        // A URL name per language, for a section's folder or for the search page.
        LocalizedText? UrlNames(YamlMap parent, string key, string what)
        {
            var names = ReadLocalized(parent, key, codes, required: true);
            foreach (var (code, name) in names?.Values ?? new Dictionary<string, string>())
            {
                if (!UrlName.IsValid(name))
                {
                    parent.ErrorAt(key, "config", $"the {code} URL name '{name}' of {what} may use only lower-case letters, digits and '-'.");
                }
            }

            return names;
        }

        var sections = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        if (map.Map("sections") is { } sectionMap)
        {
            foreach (var folder in sectionMap.Keys.ToList())
            {
                if (UrlNames(sectionMap, folder, $"section '{folder}'") is { } names)
                {
                    sections[folder] = names;
                }
            }
        }

        var searchPage = map.Map("search_page") is null ? null : UrlNames(map, "search_page", "the search page");
        var tagsPage = map.Map("tags_page") is null ? null : UrlNames(map, "tags_page", "the tag index");
        var tags = ReadTags(map, codes);

        // How many entries a listing page shows: pagination: { size: 50, sections: { projects: 20 } }.
        int? PageSize(YamlMap parent, string key)
        {
            var size = parent.Int(key);
            if (size is < 1)
            {
                parent.ErrorAt(key, "config", $"the page size '{key}' must be 1 or more, not {size}.");
                return null;
            }

            return size;
        }

        var pageSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        var pageSize = SiteConfig.DefaultPageSize;
        if (map.Map("pagination") is { } pagination)
        {
            pageSize = PageSize(pagination, "size") ?? pageSize;
            foreach (var section in pagination.Map("sections")?.Keys.ToList() ?? [])
            {
                if (PageSize(pagination.Map("sections")!, section) is { } size)
                {
                    pageSizes[section] = size;
                }
            }
        }

        var theme = map.String("theme") ?? "default";
        if (!UrlName.IsValid(theme))
        {
            map.ErrorAt("theme", "config", $"theme '{theme}' must be a folder name of lower-case letters, digits and '-'.");
        }

        var footer = ReadFooter(map, codes);
        var required = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (map.Map("translations_required") is { } requiredMap)
        {
            foreach (var code in codes)
            {
                if (requiredMap.Has(code))
                {
                    required[code] = requiredMap.StringList(code);
                }
            }

            requiredMap.ReportUnknownKeys(codes.ToList());
        }

        var vague = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (map.Map("vague_link_text") is { } vagueMap)
        {
            foreach (var code in codes.Where(vagueMap.Has))
            {
                vague[code] = vagueMap.StringList(code);
            }

            vagueMap.ReportUnknownKeys(codes.ToList());
        }

        var sourcesRequired = new HashSet<Domain.ContentKind>();
        foreach (var (name, line, column) in map.StringItems("sources_required"))
        {
            if (Domain.ContentKind.Parse(name) is { } kind)
            {
                sourcesRequired.Add(kind);
            }
            else
            {
                map.ErrorAtItem("sources_required", name, "config", $"'{name}' in sources_required is not a kind; kinds are: {string.Join(", ", Domain.ContentKind.Names)}.");
            }
        }

        var editorBackend = ReadEditorBackend(map);
        var images = ReadImages(map);
        var statusPdf = map.Bool("status_pdf") ?? false;
        var lixMax = map.Int("lix_max");
        if (lixMax is < 1 or > 100)
        {
            map.ErrorAt("lix_max", "config", $"lix_max must be from 1 to 100 (LIX 40 reads easily, 55 and up is very hard), not {lixMax}.");
            lixMax = null;
        }

        map.ReportUnknownKeys(KnownKeys);
        if (title is null || baseUrl is null || defaultLanguage is null)
        {
            return null;
        }

        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in map.StringList("allowed_html"))
        {
            if (SafeTags.Contains(tag))
            {
                allowed.Add(tag);
            }
            else
            {
                map.ErrorAt("allowed_html", "config", $"'{tag}' cannot be allowed in content; tags that may be: {string.Join(", ", SafeTags.Order(StringComparer.Ordinal))}.");
            }
        }

        return new SiteConfig(title, baseUrl, languages, defaultLanguage, sections, theme, footer) { RequiredTranslations = required, AllowedHtml = allowed, VagueLinkText = vague, SourcesRequired = sourcesRequired, SearchPageNames = searchPage, PageSizes = pageSizes, DefaultListingSize = pageSize, EditorBackend = editorBackend, Images = images, StatusPdf = statusPdf, StatusPdfLine = map.LineOf("status_pdf"),
            Tags = tags, TagPageNames = tagsPage, LixMax = lixMax, LixMaxLine = map.LineOf("lix_max"), LanguageLines = languageLines,
        };
    }

    // tags: { child-poverty: { en: Child poverty, da: Børnefattigdom } }: each tag's id, with its name in every language.
    private static List<Tag> ReadTags(YamlMap map, IReadOnlyList<string> codes)
    {
        var tags = new List<Tag>();
        if (map.Has("tags") && map.Value("tags") is not YamlDotNet.RepresentationModel.YamlMappingNode)
        {
            map.ErrorAt("tags", "config", "tags must be a mapping of ids to their names in each language, e.g. { child-poverty: { en: Child poverty, da: Børnefattigdom } }.");
            return tags;
        }

        if (map.Map("tags") is not { } declared)
        {
            return tags;
        }

        foreach (var id in declared.Keys.ToList())
        {
            if (!UrlName.IsValid(id))
            {
                declared.ErrorAtKey(id, "config", $"the tag id '{id}' may use only lower-case letters, digits and single '-' between them, e.g. 'child-poverty': pages name the tag by it, and it ends the tag page's address.");
            }
            else if (declared.Value(id) is not YamlDotNet.RepresentationModel.YamlMappingNode)
            {
                declared.ErrorAt(id, "config", $"the tag '{id}' needs its name in each language: {id}: {{ {string.Join(", ", codes.Select(c => c + ": ..."))} }}.");
            }
            else if (ReadLocalized(declared, id, codes, required: true) is { } names)
            {
                tags.Add(new Tag(id, names));
            }
        }

        return tags;
    }

    // images: { widths: [480, 960, 1600], jpeg_quality: 82, max_kb: 500 }
    private static ImageSettings ReadImages(YamlMap map)
    {
        var defaults = ImageSettings.Default;
        if (map.Map("images") is not { } images)
        {
            if (map.Has("images"))
            {
                map.ErrorAt("images", "config", "images must be a mapping, e.g. { widths: [480, 960, 1600], jpeg_quality: 82, max_kb: 500 }.");
            }

            return defaults;
        }

        var widths = new List<int>();
        foreach (var (text, line, column) in images.StringItems("widths"))
        {
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width) && width is >= 16 and <= 8192)
            {
                widths.Add(width);
            }
            else
            {
                images.ErrorAtItem("widths", text, "config", $"'{text}' in images: widths is not a width in pixels from 16 to 8192.");
            }
        }

        int Within(string key, int min, int max, int fallback)
        {
            var value = images.Int(key);
            if (value is not null && (value < min || value > max))
            {
                images.ErrorAt(key, "config", $"images: {key} must be from {min} to {max}, not {value}.");
            }

            return value ?? fallback;
        }

        var settings = new ImageSettings(
            images.Has("widths") ? [.. widths.Distinct().Order()] : defaults.Widths,
            Within("jpeg_quality", 1, 100, defaults.JpegQuality),
            Within("max_kb", 1, 1_000_000, defaults.MaxKilobytes));
        images.ReportUnknownKeys(["widths", "jpeg_quality", "max_kb"]);
        return settings;
    }

    // editor_backend: { name: github, repo: kk/international, branch: main }
    private static EditorBackend? ReadEditorBackend(YamlMap map)
    {
        if (map.Map("editor_backend") is not { } backend)
        {
            if (map.Has("editor_backend"))
            {
                map.ErrorAt("editor_backend", "config", "editor_backend must be a mapping, e.g. { name: github, repo: owner/site, branch: main }.");
            }

            return null;
        }

        var name = backend.String("name");
        var repo = backend.String("repo");
        if (name is null || !EditorBackend.Names.Contains(name))
        {
            (backend.Has("name") ? backend : map).ErrorAt(backend.Has("name") ? "name" : "editor_backend", "config", $"editor_backend needs 'name', one of: {string.Join(", ", EditorBackend.Names)}{(name is null ? "" : $" — not '{name}'")}.");
        }

        if (repo is null || repo.Split('/') is not [{ Length: > 0 }, { Length: > 0 }])
        {
            (backend.Has("repo") ? backend : map).ErrorAt(backend.Has("repo") ? "repo" : "editor_backend", "config", "editor_backend needs 'repo', the repository as owner/name.");
        }

        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in EditorBackend.PassedKeys)
        {
            if (backend.String(key) is { } value)
            {
                settings[key] = value;
            }
        }

        backend.ReportUnknownKeys([.. EditorBackend.PassedKeys, "name", "repo", "branch"]);
        return name is null || repo is null || !EditorBackend.Names.Contains(name) || repo.Split('/') is not [{ Length: > 0 }, { Length: > 0 }]
            ? null
            : new EditorBackend(name, repo, backend.String("branch") ?? "main") { Settings = settings };
    }

    // Tags with no behaviour of their own: they cannot run script or load anything, even if misused.
    private static readonly HashSet<string> SafeTags = ["abbr", "b", "br", "cite", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "strong", "sub", "sup", "u", "var"];

    private static FooterConfig ReadFooter(YamlMap map, IReadOnlyList<string> codes)
    {
        var authority = map.Has("authority") ? ReadLocalized(map, "authority", codes, required: true) : null;
        Uri? statement = null;
        if (map.String("accessibility_statement") is { } text)
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            {
                statement = uri;
            }
            else
            {
                map.ErrorAt("accessibility_statement", "config", $"accessibility_statement '{text}' must be the https address of the statement made in the WAS tool.");
            }
        }

        string? Page(string key)
        {
            var path = map.String(key)?.Trim('/');
            if (path is not null && path.EndsWith(".md", StringComparison.Ordinal))
            {
                path = path[..^3];
            }

            return path;
        }

        var lines = new[] { "authority", "contact_page", "privacy_page", "accessibility_statement" }
            .Where(map.Has).ToDictionary(k => k, map.LineOf, StringComparer.Ordinal);
        return new FooterConfig(authority, Page("contact_page"), Page("privacy_page"), statement, lines);
    }

    private static List<Language> ReadLanguages(YamlMap map, Dictionary<string, int> lines)
    {
        var languages = new List<Language>();
        var entries = map.MapList("languages");
        if (entries.Count == 0)
        {
            map.ErrorAt("languages", "config", "'languages' must list at least one language, e.g. '- { code: en, name: English, locale: en-GB }'.");
        }

        foreach (var entry in entries)
        {
            var code = entry.String("code", required: true);
            var name = entry.String("name", required: true);
            var locale = entry.String("locale", required: true);
            var dictionary = entry.String("dictionary");
            entry.ReportUnknownKeys(["code", "name", "locale", "dictionary"]);
            if (code is null || name is null || locale is null)
            {
                continue;
            }

            if (!Language.IsCode(code))
            {
                entry.ErrorAt("code", "config", $"language code '{code}' must be two or three lower-case letters, such as 'en' or 'da'.");
                continue;
            }

            if (languages.Any(l => l.Code == code))
            {
                entry.ErrorAt("code", "config", $"language '{code}' is listed twice.");
                continue;
            }

            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(locale, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                entry.ErrorAt("locale", "config", $"locale '{locale}' is not known; use a tag such as 'en-GB' or 'da-DK'.");
                continue;
            }

            if (dictionary is not null && !DictionaryName().IsMatch(dictionary))
            {
                entry.ErrorAt("dictionary", "config", $"dictionary '{dictionary}' must be a Hunspell dictionary's name, such as 'da_DK' for da_DK.aff and da_DK.dic in /usr/share/hunspell.");
                continue;
            }

            lines[code] = entry.Line;
            var language = new Language(code, name, culture);
            languages.Add(dictionary is null ? language : language with { Dictionary = dictionary });
        }

        return languages;
    }

    private static Uri? ReadBaseUrl(YamlMap map)
    {
        var text = map.String("base_url", required: true);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            map.ErrorAt("base_url", "config", $"base_url '{text}' must be an absolute http(s) address such as https://example.org/international/.");
            return null;
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
    }

    private static LocalizedText? ReadLocalized(YamlMap map, string key, IReadOnlyList<string> codes, bool required)
    {
        if (!map.Has(key))
        {
            if (required)
            {
                map.ErrorAt(key, "missing-field", $"'{key}' is required, one text per language: {{ {string.Join(", ", codes.Select(c => c + ": ..."))} }}.");
            }

            return null;
        }

        var inner = map.Map(key);
        if (inner is null)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (inner.String(code, required: true) is { } text)
            {
                values[code] = text;
            }
        }

        inner.ReportUnknownKeys(codes.ToList());
        return values.Count == codes.Count ? new LocalizedText(values) : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex DictionaryName();
}
