using System.Globalization;
using System.Text;

namespace ActionPlan.Bench;

/// <summary>The shape of a benchmark corpus.</summary>
public enum CorpusShape
{
    /// <summary>Ten sections of equal size; every page 300-800 words with five links and a fragment link.</summary>
    Even,

    /// <summary>
    /// Three large sections holding 70 % of the pages and 40 small ones the rest; half the pages short (50-150 words,
    /// up to two links), a fifth long (1,500-3,000 words, up to twelve links), the others 300-800 words.
    /// </summary>
    Mixed,

    /// <summary>Made by another generator (<see cref="VariedCorpusGenerator"/>): nested sections, facts, other keys and link forms, 20 to 20,000 words.</summary>
    Varied,
}

/// <summary>
/// Writes the same bilingual corpus twice, as an ActionPlan site and as a Hugo site: N pages per language in
/// sections of the <see cref="CorpusShape"/>, with headings, a list, a table, Danish letters, internal links and
/// links to a heading on another page. Seeded, so every run gets the same corpus.
/// </summary>
public static class CorpusGenerator
{
    // Words each language's dictionary knows, so the build's spelling finds nothing to report: a corpus of misspellings
    // would time the printing of warnings no real site has.
    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["en"] =
        [
            "social", "services", "citizens", "network", "experience", "homeless", "family", "children", "young", "people",
            "abuse", "housing", "employment", "quality", "evidence", "partnership", "project", "exchange", "learning", "influence",
            "city", "service", "evaluation", "practice", "cooperation", "openness", "the", "and", "with", "for",
        ],
        ["da"] =
        [
            "social", "indsats", "borgere", "netværk", "erfaringer", "hjemløse", "familie", "børn", "unge", "misbrug",
            "bolig", "beskæftigelse", "kvalitet", "evidens", "partnerskab", "projekt", "udveksling", "læring", "indflydelse", "åbenhed",
            "by", "samarbejde", "praksis", "ældre", "arbejde", "og", "med", "for", "til", "på",
        ],
    };

    /// <summary>What each language calls a page, a section and a heading, and its list and table, in its own words.</summary>
    private static readonly Dictionary<string, (string Page, string Summary, string Heading, string Anchor, string List, string Table)> Texts = new()
    {
        ["en"] = ("Page", "Summary of page", "Part {0} on housing", "part-2-on-housing",
            "- first item\n- second item\n- third item\n\n", "| Goal | Status |\n| --- | --- |\n| One | Achieved |\n| Two | Ongoing |\n\n"),
        ["da"] = ("Side", "Resumé af side", "Afsnit {0} om ældre på Ø", "afsnit-2-om-ældre-på-ø",
            "- første punkt\n- andet punkt\n- tredje punkt\n\n", "| Mål | Status |\n| --- | --- |\n| Ét | Opnået |\n| To | I gang |\n\n"),
    };

    /// <summary>The number of sections of a shape.</summary>
    public static int Sections(CorpusShape shape) => shape == CorpusShape.Even ? 10 : 43;

    /// <summary>The section a page is in: round robin, or 70 % in the first three and the rest spread over the others.</summary>
    private static int SectionOf(CorpusShape shape, int page) =>
        shape == CorpusShape.Even ? page % 10 : page % 10 < 7 ? page % 3 : 3 + (page / 10 % 40);

    public static void Write(string root, int pagesPerLanguage, CorpusShape shape = CorpusShape.Even)
    {
        var random = new Random(2008);
        var actionplan = Path.Combine(root, "actionplan");
        var hugo = Path.Combine(root, "hugo");
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(actionplan).FullName, "site.yml"), """
            title: { en: "Benchmark", da: "Benchmark" }
            base_url: https://example.org/
            languages:
              - { code: en, name: English, locale: en-GB }
              - { code: da, name: Dansk, locale: da-DK }
            default_language: en
            """);
        WriteHugoSkeleton(hugo);
        foreach (var language in new[] { "en", "da" })
        {
            var home = language == "en" ? Page("Home", "The front page.") : Page("Forside", "Velkommen til forsiden.");
            Write(actionplan, $"content/_index.{language}.md", home);
            Write(hugo, $"content/_index.{language}.md", home);
            for (var s = 0; s < Sections(shape); s++)
            {
                var section = language == "en" ? Page($"Section {s}", "A section of pages.") : Page($"Del {s}", "En del af siderne.");
                Write(actionplan, $"content/s{s}/_index.{language}.md", section);
                Write(hugo, $"content/s{s}/_index.{language}.md", section);
            }
        }

        for (var i = 0; i < pagesPerLanguage; i++)
        {
            // One draw of lengths, links and words for both twins, so they differ only in language.
            var seed = random.Next();
            foreach (var language in new[] { "en", "da" })
            {
                var body = Body(new Random(seed), shape, pagesPerLanguage, language);
                var text = Page($"{Texts[language].Page} {i}", body, $"{Texts[language].Summary} {i}.");
                var path = $"content/s{SectionOf(shape, i)}/p{i}.{language}.md";
                Write(actionplan, path, text);
                Write(hugo, path, text);
            }
        }
    }

    private static string Page(string title, string body, string? summary = null) => $"---\ntitle: \"{title}\"\nsummary: \"{summary ?? title + "."}\"\n---\n{body}";

    private static string Body(Random random, CorpusShape shape, int count, string language)
    {
        var (words, texts) = (Words[language], Texts[language]);
        var text = new StringBuilder();
        var length = shape == CorpusShape.Even ? 1 : random.Next(10) switch { < 5 => 0, < 8 => 1, _ => 2 };
        var wordCount = length switch { 0 => random.Next(50, 151), 1 => random.Next(300, 801), _ => random.Next(1500, 3001) };
        var links = length switch { 0 => random.Next(3), 1 => 5, _ => random.Next(6, 13) };
        var paragraphs = length == 2 ? 12 : 4;
        for (var p = 0; p < paragraphs; p++)
        {
            text.Append("## ").Append(string.Format(CultureInfo.InvariantCulture, texts.Heading, p)).Append("\n\n");
            for (var w = 0; w < wordCount / paragraphs; w++)
            {
                var word = words[random.Next(words.Length)];
                text.Append(w % 12 == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w % 12 == 11 ? ". " : " ");
            }

            text.Append("\n\n");
        }

        text.Append(texts.List).Append(texts.Table);
        for (var l = 0; l < links; l++)
        {
            var target = random.Next(count);
            text.Append(CultureInfo.InvariantCulture, $"{(language == "en" ? "See" : "Se")} [{texts.Page.ToLowerInvariant()} {target}](/s{SectionOf(shape, target)}/p{target}.md). ");
        }

        // Every page has at least four headings (parts 0-3), so a link to part 2 always finds it.
        var anchor = random.Next(count);
        text.Append(CultureInfo.InvariantCulture, $"{(language == "en" ? "And" : "Og")} [{(language == "en" ? "a part" : "et afsnit")}](/s{SectionOf(shape, anchor)}/p{anchor}.md#{texts.Anchor}) {(language == "en" ? "there" : "der")}.\n");
        return text.ToString();
    }

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Words a language's dictionary knows, for another generator's text.</summary>
    public static string[] WordsOf(string language) => Words[language];

    /// <summary>The Hugo site's configuration and minimal layouts, with the render hook that resolves <c>.md</c> links.</summary>
    public static void WriteHugoSkeleton(string hugo)
    {
        Write(hugo, "hugo.toml", """
            baseURL = "https://example.org/"
            title = "Benchmark"
            defaultContentLanguage = "en"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            [languages.en]
            languageCode = "en-GB"
            weight = 1
            [languages.da]
            languageCode = "da-DK"
            weight = 2
            [markup.goldmark.parser]
            autoHeadingIDType = "github"
            """);
        const string head = """<!DOCTYPE html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title><meta name="description" content="{{ .Summary | plainify }}"><link rel="canonical" href="{{ .Permalink }}">{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}</head><body><header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a> {{ range .Translations }}<a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}">{{ .Language.Lang }}</a>{{ end }}</header><main>""";
        Write(hugo, "layouts/_default/single.html", head + "<h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n");
        Write(hugo, "layouts/_default/list.html", head + "<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n");
        Write(hugo, "layouts/_default/_markup/render-link.html", """
            {{- $u := urls.Parse .Destination -}}
            {{- $href := .Destination -}}
            {{- if and (not $u.IsAbs) (strings.HasSuffix $u.Path ".md") -}}
              {{- with .Page.GetPage (strings.TrimSuffix ".md" $u.Path) -}}
                {{- $href = .RelPermalink -}}{{- with $u.Fragment -}}{{- $href = printf "%s#%s" $href . -}}{{- end -}}
              {{- else -}}{{- errorf "broken link %s in %s" $.Destination $.Page.File.Path -}}{{- end -}}
            {{- end -}}
            <a href="{{ $href }}">{{ .Text | safeHTML }}</a>
            """);
    }
}
