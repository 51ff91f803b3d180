using System.Globalization;
using System.Text;

namespace ActionPlan.Bench;

/// <summary>
/// The third corpus shape, made apart from <see cref="CorpusGenerator"/> so that its figures do not share that
/// generator's habits: nested sections (eight areas of up to six topics), a projects section whose pages carry
/// facts (status, start, as of), other front-matter keys (dates, weights, aliases, drafts), pages from 20 to
/// 20,000 words (log-uniform), as many headings as their length asks, and other link patterns (reference-style
/// links, links with a title, links to any heading of the target, links to projects). Seeded; written as an
/// ActionPlan site and as a Hugo site with the same content.
/// </summary>
public static class VariedCorpusGenerator
{
    private static readonly string[] Statuses = ["planned", "ongoing", "completed"];

    /// <summary>One page's draw: where it is, how long it is and how many headings it has.</summary>
    private sealed record Plan(string Path, int Words, int Headings, bool Project, bool Draft);

    public static void Write(string root, int pagesPerLanguage)
    {
        var random = new Random(1997);
        var actionplan = Path.Combine(root, "actionplan");
        var hugo = Path.Combine(root, "hugo");
        Directory.CreateDirectory(actionplan);
        File.WriteAllText(Path.Combine(actionplan, "site.yml"), """
            title: { en: "Varied benchmark", da: "Varieret benchmark" }
            base_url: https://example.org/
            languages:
              - { code: en, name: English, locale: en-GB }
              - { code: da, name: Dansk, locale: da-DK }
            default_language: en
            sections: { projects: { en: projects, da: projekter } }
            """);
        CorpusGenerator.WriteHugoSkeleton(hugo);

        // Every page planned first, so a link to a heading can name one its target has.
        var plans = new List<Plan>();
        for (var i = 0; i < pagesPerLanguage; i++)
        {
            var words = (int)Math.Round(Math.Exp(Math.Log(20) + random.NextDouble() * (Math.Log(20000) - Math.Log(20))));
            var project = random.Next(5) == 0;
            var folder = project ? "projects" : $"area{random.Next(8)}/topic{random.Next(6)}";
            plans.Add(new Plan($"/{folder}/item-{i}", words, Math.Clamp(words / 250, 0, 40), project, Draft: random.Next(200) == 0));
        }

        foreach (var language in new[] { "en", "da" })
        {
            var (home, area, topic) = language == "en" ? ("Home", "Area", "Topic") : ("Forside", "Område", "Emne");
            Both(actionplan, hugo, $"content/_index.{language}.md", Front(home, []) + "\n");
            Both(actionplan, hugo, $"content/projects/_index.{language}.md", Front(language == "en" ? "Projects" : "Projekter", []) + "\n");
            foreach (var folder in plans.Where(p => !p.Project).Select(p => p.Path.Split('/')[1..3]).DistinctBy(f => string.Join('/', f)))
            {
                Both(actionplan, hugo, $"content/{folder[0]}/_index.{language}.md", Front($"{area} {folder[0][4..]}", []) + "\n");
                Both(actionplan, hugo, $"content/{folder[0]}/{folder[1]}/_index.{language}.md", Front($"{topic} {folder[1][5..]}", [$"weight: {folder[1][5..]}"]) + "\n");
            }
        }

        var published = plans.Where(p => !p.Draft).ToList();
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var seed = random.Next();
            foreach (var language in new[] { "en", "da" })
            {
                var draw = new Random(seed);
                var keys = new List<string>
                {
                    $"summary: \"{(language == "en" ? "About item" : "Om punkt")} {i}.\"",
                    $"date: {2007 + draw.Next(3)}-{1 + draw.Next(12):00}-{1 + draw.Next(28):00}",
                    $"weight: {draw.Next(100)}",
                };
                if (plan.Project)
                {
                    keys.Add($"status: {Statuses[draw.Next(Statuses.Length)]}");
                    keys.Add($"started: {2005 + draw.Next(4)}");
                    keys.Add("as_of: 2008");
                }

                if (draw.Next(20) == 0)
                {
                    keys.Add($"aliases: [{language}/old/item-{i}/]");
                }

                if (plan.Draft)
                {
                    keys.Add("draft: true");
                }

                var text = Front($"{(language == "en" ? "Item" : "Punkt")} {i}", keys) + Body(draw, plan, published, language);
                Both(actionplan, hugo, $"content{plan.Path}.{language}.md", text);
            }
        }
    }

    private static string Front(string title, List<string> keys) => $"---\ntitle: \"{title}\"\n{string.Concat(keys.Select(k => k + "\n"))}---\n";

    /// <summary>The heading of part <paramref name="n"/>, and the id both tools give it.</summary>
    private static (string Text, string Id) Heading(string language, int n) =>
        language == "en" ? ($"Chapter {n} of the work", $"chapter-{n}-of-the-work") : ($"Kapitel {n} om arbejdet", $"kapitel-{n}-om-arbejdet");

    private static string Body(Random random, Plan plan, List<Plan> published, string language)
    {
        var words = CorpusGenerator.WordsOf(language);
        var text = new StringBuilder("\n");
        var references = new List<string>();
        var parts = plan.Headings + 1;
        for (var part = 0; part < parts; part++)
        {
            if (part > 0)
            {
                text.Append("## ").Append(Heading(language, part).Text).Append("\n\n");
            }

            for (var w = 0; w < Math.Max(1, plan.Words / parts); w++)
            {
                var word = words[random.Next(words.Length)];
                text.Append(w % 10 == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w % 10 == 9 ? ". " : " ");
            }

            text.Length--;
            text.Append(text[^1] == '.' ? "\n\n" : ".\n\n");

            // Links come in several forms, one in three paragraphs or so.
            if (random.Next(3) == 0)
            {
                var target = published[random.Next(published.Count)];
                var label = $"{(language == "en" ? "item" : "punkt")} {target.Path[(target.Path.LastIndexOf('-') + 1)..]}";
                var fragment = target.Headings > 0 && random.Next(2) == 0 ? "#" + Heading(language, 1 + random.Next(target.Headings)).Id : "";
                switch (random.Next(3))
                {
                    case 0:
                        text.Append(CultureInfo.InvariantCulture, $"[{label}]({target.Path}.md{fragment}).\n\n");
                        break;
                    case 1:
                        text.Append(CultureInfo.InvariantCulture, $"[{label}]({target.Path}.md{fragment} \"{label}\").\n\n");
                        break;
                    default:
                        var name = $"r{references.Count}";
                        references.Add($"[{name}]: {target.Path}.md{fragment}");
                        text.Append(CultureInfo.InvariantCulture, $"[{label}][{name}].\n\n");
                        break;
                }
            }
        }

        foreach (var reference in references)
        {
            text.Append(reference).Append('\n');
        }

        return text.ToString();
    }

    private static void Both(string actionplan, string hugo, string path, string text)
    {
        foreach (var root in new[] { actionplan, hugo })
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }
}
