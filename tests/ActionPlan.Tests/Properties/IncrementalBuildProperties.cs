using System.Globalization;
using ActionPlan.Build;
using ActionPlan.Tests.Support;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>
/// A build that keeps its work between runs (<c>.actionplan/build/</c>) gives exactly what a build without it gives:
/// random sequences of edits to a bilingual site, and after every edit the kept-work build and a build with no cache
/// (from the same previous output) must write byte-identical files and report the same problems.
/// </summary>
public sealed class IncrementalBuildProperties
{
    /// <summary>Sequences in <c>dotnet test</c>; bench runs thousands of steps with ACTIONPLAN_INCREMENTAL_SEQUENCES.</summary>
    private static int Sequences =>
        int.TryParse(Environment.GetEnvironmentVariable("ACTIONPLAN_INCREMENTAL_SEQUENCES"), CultureInfo.InvariantCulture, out var n) ? n : 4;

    private const int Steps = 9;
    private const int Keys = 5;

    // Words the dictionaries know, and made-up ones a title or a word list can make known.
    private static readonly string[] English = ["children", "families", "housing", "cooperation", "results", "Zorblat", "Fribbit"];
    private static readonly string[] Danish = ["børn", "familier", "boliger", "samarbejde", "resultater", "Zorblat", "Fribbit"];
    private static readonly string[] Headings = ["Results", "Housing", "Children", "Cooperation"];

    /// <summary>One edit: its kind and three numbers that pick what and how.</summary>
    private sealed record Edit(int Kind, int A, int B, int C)
    {
        public override string ToString() => $"{(EditKind)Kind}({A},{B},{C})";
    }

    private enum EditKind
    {
        Nothing, Body, Title, Slug, Heading, Fact, DeletePage, AddPage, RenamePage, ThemeText, Partial, SiteTitle, WordList, Terms, BrokenLink,
        FrontMatterLine, AllowedHtml, OutputTampered, TwinFact,
    }

    private static readonly Gen<Edit> Edits =
        Gen.Select(Gen.Int[0, (int)EditKind.TwinFact], Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 1000]).Select((k, a, b, c) => new Edit(k, a, b, c));

    [Fact]
    public void A_build_that_keeps_its_work_writes_and_reports_exactly_what_a_clean_build_does_after_every_edit()
    {
        var (repeated, reused) = (0, 0);
        Edits.Array[Steps].Sample(edits =>
        {
            using var site = TestSite.Create();
            var files = Initial();
            var step = 0;
            foreach (var edit in edits.Prepend(new Edit(0, 0, 0, 0)))
            {
                Apply(edit, files, site);
                Sync(files, site.Root);

                var (kept, fresh, differ) = KeptWorkComparison.Build(site);
                var built = KeptWorkComparison.Snapshot(site.Output);
                reused += kept.Writing.Pages.Count - kept.WritingRead;
                var where = $"after step {step} ({edit}) of [{string.Join(", ", edits.Select(e => e.ToString()))}]";
                Assert.True(fresh.Published == kept.Published, $"published {kept.Published} with kept work, {fresh.Published} without, {where}");
                Assert.True(fresh.Diagnostics.Select(d => d.ToString()).SequenceEqual(kept.Diagnostics.Select(d => d.ToString())),
                    $"{where}: with kept work\n{string.Join('\n', kept.Diagnostics)}\nwithout\n{string.Join('\n', fresh.Diagnostics)}");
                // The first build must publish, or the sequence would test failed builds only.
                Assert.True(step > 0 || kept.Published, string.Join('\n', kept.Diagnostics));
                Assert.True(differ.Count == 0, $"{where}: files differ: {string.Join(", ", differ)}");

                // Built again with nothing changed, a published build is repeated: its result again, its output untouched.
                if (kept.Published)
                {
                    var again = KeptWorkComparison.Run(new BuildOptions(site.Root, site.Output));
                    Assert.True(again.Repeated, where);
                    repeated++;
                    Assert.Equal(kept.Diagnostics.Where(d => d.Code != ActionPlan.Checking.DroppedAddressChecker.Code).Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
                    Assert.Equal(built, KeptWorkComparison.Snapshot(site.Output));
                }

                // The output is dated long ago as well, so the next build knows its files by their size and times.
                if (Directory.Exists(site.Output))
                {
                    foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    {
                        _written = _written.AddSeconds(1);
                        File.SetLastWriteTimeUtc(file, _written);
                    }
                }

                step++;
            }
        }, iter: Sequences, threads: 1, print: e => string.Join(", ", e.Select(x => x.ToString())));

        // The kept work was used, or the comparison would prove nothing.
        Assert.True(repeated > 0 && reused > 0, $"{repeated} builds repeated, {reused} pages' writing reused");
    }

    /// <summary>The site at the start: a home, a section and <see cref="Keys"/> projects in two languages, linking to each other.</summary>
    private static Dictionary<string, string> Initial()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["site.yml"] = TestSite.Config + "\n",
            // A body whose parse is kept in every build after the first: what the checks read of it must come back whole.
            ["content/_index.en.md"] = TestSite.Page("Home", string.Join('\n',
                "Welcome to the children and families site.[^1] See [](projects/p1.md), <https://www.kk.dk/> and \\[this](projects/p2.md).",
                "",
                "#### Projects <b>",
                "",
                "+------+------+",
                "| 2008 | 2009 |",
                "+------+------+",
                "",
                "[^1]: A note on [project 3](projects/p3.md#cooperation).")),
            ["content/_index.da.md"] = TestSite.Page("Forside", "Velkommen til siden om børn og familier."),
            ["content/projects/_index.en.md"] = TestSite.Page("Projects"),
            ["content/projects/_index.da.md"] = TestSite.Page("Projekter"),
            ["words.en.txt"] = "Quimble\n",
        };
        for (var i = 0; i < Keys; i++)
        {
            foreach (var language in new[] { "en", "da" })
            {
                files[$"content/projects/p{i}.{language}.md"] = Project(language, $"{(language == "en" ? "Project" : "Projekt")} {i}", "", "status: ongoing",
                    Body(language, i, (i + 1) % Keys, Headings[i % Headings.Length], Headings[(i + 1) % Keys % Headings.Length]));
            }
        }

        return files;
    }

    private static string Project(string language, string title, string slug, string facts, string body) =>
        TestSite.Page(title, body, $"{(slug.Length > 0 ? $"slug: {slug}\n" : "")}{facts}\n{PlanSite.AsOf}");

    private static string Body(string language, int seed, int target, string heading, string fragment)
    {
        var words = language == "en" ? English : Danish;
        var (w1, w2) = (words[seed % words.Length], words[seed * 3 / 2 % words.Length]);
        var sentence = language == "en" ? $"The city works with {w1} and {w2}." : $"Byen arbejder med {w1} og {w2}.";
        var address = fragment.Length == 0 ? $"p{target}.md" : $"p{target}.md#{fragment.ToLowerInvariant()}";
        // A tag in every body: a warning at its place while site.yml does not allow it, HTML when it does.
        var link = language == "en" ? $"See [project {target}]({address}).<br>" : $"Se [projekt {target}]({address}).<br>";
        var marked = language == "en" ? heading : $"{heading} {{lang=en}}";
        return $"\n## {marked}\n\n{sentence}\n\n{link}\n";
    }

    private static string Language(int n) => n % 2 == 0 ? "en" : "da";

    private static void Apply(Edit edit, Dictionary<string, string> files, TestSite site)
    {
        var (language, key) = (Language(edit.A), edit.B % Keys);
        var path = $"content/projects/p{key}.{language}.md";
        var words = language == "en" ? English : Danish;
        switch ((EditKind)edit.Kind)
        {
            case EditKind.Body when files.TryGetValue(path, out var text) && edit.C % 2 == 0:
                // Its prose only, its headings and links as they were.
                var sentence = Body(language, edit.C / 2, 0, "", "").Split('\n')[4];
                files[path] = string.Join('\n', text.Split('\n').Select(l => l.StartsWith("The city ", StringComparison.Ordinal) || l.StartsWith("Byen ", StringComparison.Ordinal) ? sentence : l));
                break;
            case EditKind.Body when files.TryGetValue(path, out var text):
                // All of it: a new heading, and a link to a page, to a heading of it, or to a page that is not there.
                files[path] = Front(text) + Body(language, edit.C, edit.C % (Keys + 1), Headings[edit.C % Headings.Length], edit.C % 3 == 0 ? "" : Headings[edit.C / 7 % Headings.Length]);
                break;
            case EditKind.Title when files.TryGetValue(path, out var text):
                files[path] = Replace(text, "title: ", $"title: {words[edit.C % words.Length]} {edit.C % 3}");
                break;
            case EditKind.Slug when files.TryGetValue(path, out var text):
                files[path] = text.Contains("\nslug: ", StringComparison.Ordinal)
                    ? string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("slug: ", StringComparison.Ordinal)))
                    : text.Replace("\nstatus: ", $"\nslug: moved-{edit.C % 2}\nstatus: ", StringComparison.Ordinal);
                break;
            case EditKind.Heading when files.TryGetValue(path, out var text):
                files[path] = string.Join('\n', text.Split('\n').Select(l => l.StartsWith("## ", StringComparison.Ordinal)
                    ? $"## {Headings[edit.C % Headings.Length]}{(language == "da" ? " {lang=en}" : "")}" : l));
                break;
            case EditKind.Fact when files.TryGetValue(path, out var text):
                files[path] = Replace(text, "status: ", $"status: {(edit.C % 3 == 0 ? "completed" : "ongoing")}");
                break;
            case EditKind.DeletePage:
                files.Remove(path);
                break;
            case EditKind.AddPage:
                files.TryAdd(path, Project(language, $"{(language == "en" ? "Project" : "Projekt")} {key}", "", "status: ongoing", Body(language, edit.C, (key + 1) % Keys, "Results", "Housing")));
                break;
            case EditKind.RenamePage when files.Remove(path, out var text):
                var other = (key + 1 + edit.C % (Keys - 1)) % Keys;
                files[$"content/projects/p{other}.{language}.md"] = text;
                break;
            case EditKind.ThemeText:
                var texts = File.ReadAllText(Path.Combine(TestSite.BuiltInTheme, "i18n", "en.yml"));
                files["themes/default/i18n/en.yml"] = texts.Replace("breadcrumbs: You are here", $"breadcrumbs: You are here {edit.C % 2}", StringComparison.Ordinal);
                break;
            case EditKind.Partial:
                // Two variants at most, so the run compiles the partial no more than twice.
                var partial = File.ReadAllText(Path.Combine(TestSite.BuiltInTheme, "Partials", "_footer.cshtml"));
                files["themes/default/Partials/_footer.cshtml"] = partial.Replace("<footer class=\"site-footer\">", $"<footer class=\"site-footer\"><!-- variant {edit.C % 2} -->", StringComparison.Ordinal);
                break;
            case EditKind.SiteTitle:
                files["site.yml"] = TestSite.Config.Replace("en: \"Test site\"", $"en: \"Test site {edit.C % 2}\"", StringComparison.Ordinal) + "\n";
                break;
            case EditKind.WordList:
                files[$"words.{language}.txt"] = edit.C % 2 == 0 ? "Zorblat\n" : "Fribbit\nQuimble\n";
                break;
            case EditKind.Terms:
                files[$"terms.{language}.yml"] = language == "en" ? $"\"cooperation\": [\"{(edit.C % 2 == 0 ? "collaboration" : "teamwork")}\"]\n" : "\"samarbejde\": [\"kooperation\"]\n";
                break;
            case EditKind.FrontMatterLine when files.TryGetValue(path, out var text):
                // A line more or less above the body, which is as it was: its places in the file move.
                files[path] = text.Contains("\n# reviewed\n", StringComparison.Ordinal)
                    ? text.Replace("\n# reviewed\n", "\n", StringComparison.Ordinal)
                    : text.Replace("\nstatus: ", "\n# reviewed\nstatus: ", StringComparison.Ordinal);
                break;
            case EditKind.AllowedHtml:
                files["site.yml"] = TestSite.Config + (edit.C % 2 == 0 ? "\nallowed_html: [br]\n" : "\n");
                break;
            case EditKind.BrokenLink when files.TryGetValue(path, out var text):
                files[path] = text + $"\n[{(language == "en" ? "missing" : "mangler")}](nowhere-{edit.C % 3}.md)\n";
                break;
            case EditKind.TwinFact:
                // Both twins at once, as an editor changes a fact: the build publishes, and the listing shows the new status.
                foreach (var twin in new[] { $"content/projects/p{key}.en.md", $"content/projects/p{key}.da.md" })
                {
                    if (files.TryGetValue(twin, out var text))
                    {
                        files[twin] = Replace(text, "status: ", $"status: {(edit.C % 2 == 0 ? "completed" : "ongoing")}");
                    }
                }

                break;
            case EditKind.OutputTampered when Directory.Exists(site.Output):
                var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                var victim = pages[edit.C % pages.Count];
                if (edit.C % 2 == 0)
                {
                    File.Delete(victim);
                }
                else
                {
                    // Never in place: the file may be linked to the staging folder's.
                    var changed = File.ReadAllText(victim) + "<!-- changed by hand -->";
                    File.Delete(victim);
                    File.WriteAllText(victim, changed);
                }

                break;
        }
    }

    private static string Front(string text)
    {
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return text[..(end + 5)];
    }

    private static string Replace(string text, string prefix, string line) =>
        string.Join('\n', text.Split('\n').Select(l => l.StartsWith(prefix, StringComparison.Ordinal) ? line : l));

    private static DateTime _written = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Makes the site's sources on disk what <paramref name="files"/> holds: changed files written, files not in it removed.</summary>
    private static void Sync(Dictionary<string, string> files, string root)
    {
        foreach (var folder in new[] { "content", "themes" }.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList())
            {
                if (!files.ContainsKey(Path.GetRelativePath(root, file).Replace('\\', '/')))
                {
                    File.Delete(file);
                }
            }
        }

        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            if (!File.Exists(full) || File.ReadAllText(full) != text)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);

                // Dated long ago, each write a second after the one before: a build trusts a file's times only once they
                // have settled (FileDigests.Settle), and these edits follow each other within milliseconds.
                _written = _written.AddSeconds(1);
                File.SetLastWriteTimeUtc(full, _written);
            }
        }
    }
}
