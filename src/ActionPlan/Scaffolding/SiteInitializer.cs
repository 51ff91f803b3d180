using System.Globalization;
using System.Text;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Loading;
using ActionPlan.Rendering;

namespace ActionPlan.Scaffolding;

/// <summary>
/// Starts a new site in any pair (or set) of languages (<c>actionplan init DIR --languages sv,en</c>): site.yml, a home
/// page and the first sections in each language, written from the default theme's texts in each language, so the site
/// builds at once. A language the theme has no texts for gets a copy of the English ones in the site's theme folder,
/// to translate. Never overwrites a file.
/// </summary>
public static class SiteInitializer
{
    // The sections a new site starts with: its own pages first, then the kinds most sites present.
    private static readonly ContentKind[] Kinds = [ContentKind.Network, ContentKind.Project, ContentKind.Activity, ContentKind.Publication];
    private const string AboutFolder = "about";
    private const string FallbackTexts = "en";

    /// <summary>
    /// Writes the new site into <paramref name="siteDirectory"/> (made if missing) with <paramref name="languages"/>
    /// (codes or locales, the default language first: <c>sv</c>, <c>en-GB</c>); returns the paths written, relative to
    /// the site folder, or null (with a diagnostic) when it cannot: a language it does not know, or a site already there.
    /// </summary>
    public static IReadOnlyList<string>? Create(string siteDirectory, IReadOnlyList<string> languages, string builtInTheme, DiagnosticBag diagnostics)
    {
        var chosen = ReadLanguages(languages, diagnostics);
        foreach (var existing in new[] { SiteConfigReader.FileName, ContentScanner.ContentFolder }.Where(p => Path.Exists(Path.Combine(siteDirectory, p))))
        {
            diagnostics.Error("exists", existing, 0, 0, $"{siteDirectory} holds a site already ({existing} is there): choose an empty or new folder; nothing was written.");
        }

        if (chosen is null || diagnostics.HasErrors)
        {
            return null;
        }

        var written = new List<string>();
        var texts = new Dictionary<string, UiStrings>(StringComparer.Ordinal);
        var theme = new ThemeFiles([builtInTheme]);
        var english = new Language(FallbackTexts, "English", CultureInfo.GetCultureInfo("en-GB"));
        foreach (var language in chosen)
        {
            var relative = $"i18n/{language.Code}.yml";
            if (theme.Find(relative) is null)
            {
                // The theme's texts are read from the site's theme folder first: a copy there is the site's own to translate.
                var copy = $"themes/default/{relative}";
                var original = File.ReadAllText(theme.Find($"i18n/{FallbackTexts}.yml")!);
                PageScaffolder.Write(siteDirectory, copy, $"# {language.Name}: the default theme has no texts in this language yet. These are its English texts: translate each.\n{original}");
                written.Add(copy);
            }

            var read = UiStrings.ReadAll(theme, [theme.Find(relative) is null ? english : language], diagnostics);
            if (read is null)
            {
                return null;
            }

            texts[language.Code] = read.Values.Single();
        }

        PageScaffolder.Write(siteDirectory, SiteConfigReader.FileName, SiteYml(chosen, texts));
        written.Add(SiteConfigReader.FileName);
        foreach (var language in chosen)
        {
            var t = texts[language.Code];
            written.Add(Page(siteDirectory, SourceFile.IndexName, language, t["init_site_title"], weight: null, t));
            var weight = 1;
            foreach (var (folder, title) in Sections(t))
            {
                written.Add(Page(siteDirectory, $"{folder}/{SourceFile.IndexName}", language, title, weight++, t));
            }
        }

        return written;
    }

    private static IEnumerable<(string Folder, string Title)> Sections(UiStrings texts) =>
        [(AboutFolder, texts["init_about"]), .. Kinds.Select(k => (k.Folder, texts[k.TextKey]))];

    private static string Page(string siteDirectory, string stem, Language language, string title, int? weight, UiStrings texts)
    {
        var path = $"{ContentScanner.ContentFolder}/{stem}.{language.Code}.md";
        var lines = new List<string> { "---", $"title: {Quoted(title)}", $"summary: {Quoted(texts["new_page_summary"])}" };
        if (weight is { } w)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"weight: {w}"));
        }

        lines.AddRange(["---", texts["new_page_body"], ""]);
        PageScaffolder.Write(siteDirectory, path, string.Join('\n', lines));
        return path;
    }

    private static string SiteYml(IReadOnlyList<Language> languages, IReadOnlyDictionary<string, UiStrings> texts)
    {
        var yml = new StringBuilder();
        yml.Append("# A site made with 'actionplan init'; docs/editing.md says what each key does.\n");
        yml.Append("title:\n");
        foreach (var language in languages)
        {
            yml.Append($"  {language.Code}: {Quoted(texts[language.Code]["init_site_title"])}\n");
        }

        yml.Append("base_url: https://example.org/   # the public address: change it before publishing\n");
        yml.Append("languages:\n");
        foreach (var language in languages)
        {
            yml.Append($"  - {{ code: {language.Code}, name: {language.Name}, locale: {language.Culture.Name} }}\n");
        }

        yml.Append($"default_language: {languages[0].Code}\n");
        yml.Append("# Each top-level folder of content/ and its address in each language.\n");
        yml.Append("sections:\n");
        var folders = Sections(texts[languages[0].Code]).Select(s => s.Folder).ToList();
        foreach (var (folder, index) in folders.Select((f, i) => (f, i)))
        {
            var names = languages.Select(l => $"{l.Code}: {Slug.From(Sections(texts[l.Code]).ElementAt(index).Title)}");
            yml.Append($"  {folder}: {{ {string.Join(", ", names)} }}\n");
        }

        var searches = languages.Select(l => $"{l.Code}: {Slug.From(texts[l.Code]["search_title"])}");
        yml.Append($"# The search page's address in each language.\nsearch_page: {{ {string.Join(", ", searches)} }}\n");
        return yml.ToString();
    }

    private static List<Language>? ReadLanguages(IReadOnlyList<string> specs, DiagnosticBag diagnostics)
    {
        var languages = new List<Language>();
        foreach (var spec in specs)
        {
            var code = spec.Split('-')[0].ToLowerInvariant();
            if (!Language.IsCode(code))
            {
                diagnostics.Error("usage", spec, 0, 0, $"'{spec}' is not a language: write its code (sv, en) or its locale (sv-SE, en-GB).");
                continue;
            }

            if (languages.Any(l => l.Code == code))
            {
                diagnostics.Error("usage", spec, 0, 0, $"'{code}' is given twice: name each language once.");
                continue;
            }

            // English on a European public site is British unless a locale says otherwise.
            var locale = spec.Contains('-') ? spec : code == "en" ? "en-GB" : null;
            CultureInfo culture;
            try
            {
                culture = locale is null ? CultureInfo.CreateSpecificCulture(code) : CultureInfo.GetCultureInfo(locale, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                culture = CultureInfo.InvariantCulture;
            }

            if (culture.Name.Length == 0 || culture.TwoLetterISOLanguageName != code && culture.ThreeLetterISOLanguageName != code)
            {
                diagnostics.Error("usage", spec, 0, 0, $"'{spec}' is not a language this machine knows: write its code (sv, en) or its locale (sv-SE, en-GB).");
                continue;
            }

            var native = CultureInfo.GetCultureInfo(code).NativeName;
            languages.Add(new Language(code, culture.TextInfo.ToUpper(native[0]) + native[1..], culture));
        }

        if (specs.Count == 0)
        {
            diagnostics.Error("usage", "--languages", 0, 0, "name the site's languages, the default first: '--languages sv,en'.");
        }

        return diagnostics.HasErrors ? null : languages;
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
