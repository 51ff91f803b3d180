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
}

/// <summary>
/// Writes the same bilingual corpus twice, as an ActionPlan site and as a Hugo site: N pages per language in
/// sections of the <see cref="CorpusShape"/>, with headings, a list, a table, Danish letters, internal links and
/// links to a heading on another page. Seeded, so every run gets the same corpus.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Words =
    [
        "social", "indsats", "borgere", "netværk", "erfaringer", "københavn", "hjemløse", "familie", "børn", "unge",
        "misbrug", "bolig", "beskæftigelse", "kvalitet", "evidens", "partnerskab", "projekt", "udveksling", "læring", "indflydelse",
        "city", "service", "network", "housing", "employment", "evaluation", "exchange", "practice", "cooperation", "åbenhed",
    ];

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
            var home = Page("Home", "Front page.");
            Write(actionplan, $"content/_index.{language}.md", home);
            Write(hugo, $"content/_index.{language}.md", home);
            for (var s = 0; s < Sections(shape); s++)
            {
                var section = Page($"Section {s}", "A section.");
                Write(actionplan, $"content/s{s}/_index.{language}.md", section);
                Write(hugo, $"content/s{s}/_index.{language}.md", section);
            }
        }

        for (var i = 0; i < pagesPerLanguage; i++)
        {
            var body = Body(random, shape, pagesPerLanguage);
            foreach (var language in new[] { "en", "da" })
            {
                var text = Page($"Page {i} æøå", body);
                var path = $"content/s{SectionOf(shape, i)}/p{i}.{language}.md";
                Write(actionplan, path, text);
                Write(hugo, path, text);
            }
        }
    }

    private static string Page(string title, string body) => $"---\ntitle: \"{title}\"\nsummary: \"Summary of {title}.\"\n---\n{body}";

    private static string Body(Random random, CorpusShape shape, int count)
    {
        var text = new StringBuilder();
        var length = shape == CorpusShape.Even ? 1 : random.Next(10) switch { < 5 => 0, < 8 => 1, _ => 2 };
        var words = length switch { 0 => random.Next(50, 151), 1 => random.Next(300, 801), _ => random.Next(1500, 3001) };
        var links = length switch { 0 => random.Next(3), 1 => 5, _ => random.Next(6, 13) };
        var paragraphs = length == 2 ? 12 : 4;
        for (var p = 0; p < paragraphs; p++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Afsnit {p} æblegrød på Ø\n\n");
            for (var w = 0; w < words / paragraphs; w++)
            {
                text.Append(Words[random.Next(Words.Length)]).Append(w % 12 == 11 ? ". " : " ");
            }

            text.Append("\n\n");
        }

        text.Append("- første punkt\n- second item\n- tredje punkt\n\n| Mål | Status |\n| --- | --- |\n| Ét | Opnået |\n| To | I gang |\n\n");
        for (var l = 0; l < links; l++)
        {
            var target = random.Next(count);
            text.Append(CultureInfo.InvariantCulture, $"See [page {target}](/s{SectionOf(shape, target)}/p{target}.md). ");
        }

        // Every page has at least four headings (Afsnit 0-3), so a link to Afsnit 2 always finds it.
        var anchor = random.Next(count);
        text.Append(CultureInfo.InvariantCulture, $"And [a section](/s{SectionOf(shape, anchor)}/p{anchor}.md#afsnit-2-æblegrød-på-ø) there.\n");
        return text.ToString();
    }

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static void WriteHugoSkeleton(string hugo)
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
