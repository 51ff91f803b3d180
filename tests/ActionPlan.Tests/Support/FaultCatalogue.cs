using ActionPlan.Build;

namespace ActionPlan.Tests.Support;

/// <summary>
/// Sites with one fault of every kind the build reports, run through the build, <c>check</c> and the commands;
/// gives every line printed, for comparing with the messages documented in docs/editing.md.
/// </summary>
internal static class FaultCatalogue
{
    public static async Task<IReadOnlyList<string>> RunAsync()
    {
        var lines = new List<string>();
        async Task Build(TestSite site, bool check = false)
        {
            var result = await SiteBuilder.BuildAsync(
                new BuildOptions(site.Root, site.Output) { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates, CheckOnly = check }, TestContext.Current.CancellationToken);
            lines.AddRange(result.Diagnostics.Select(d => d.ToString()));
        }

        // Content faults that do not hide each other: one site, one build.
        using (var site = TestSite.Create(PlanSite.Files(
            ("site.yml", """
                title: { en: "Test site", da: "Testside", sv: "Testsajt" }
                base_url: https://example.org/international/
                languages:
                  - { code: en, name: English, locale: en-GB }
                  - { code: da, name: Dansk, locale: da-DK }
                  - { code: sv, name: Svenska, locale: sv-SE }
                default_language: en
                sections: { projects: { en: projects, da: projekter, sv: projekt } }
                translations_required: { en: [reports] }
                sources_required: [city]
                tags: { child-poverty: { en: Child poverty, da: Børnefattigdom, sv: Barnfattigdom } }
                """),
            ("content/projects/tagged.en.md", TestSite.Page("Tagged", "", "tags: [chld-poverty]")),
            ("content/projects/moved.en.md", TestSite.Page("Moved", "", "tags: [Housing]")),
            ("content/projects/aliases.en.md", TestSite.Page("Aliases", "", "aliases: [en/projects/housing/, ../up/, en/status/2008/, 404.html]")),
            ("content/projects/later.en.md", TestSite.Page("Later", "", "date: 2999-01-01")),
            ("content/projects/dates.en.md", TestSite.Page("Dates", "", "date: 3 March 2008\nweight: heavy\nslug: Not Valid\nlayout: ../wide\nsumary: typo\nstatus: done")),
            ("content/projects/Bad Name.en.md", TestSite.Page("Bad name")),
            ("content/projects/nolanguage.md", TestSite.Page("No language")),
            ("content/projects/escaped.en.md", TestSite.Page("Escaped", "See \\[focus area 7](../focus-areas/fa-07.md) and \\!\\[a chart](chart.png).\n")),
            ("content/projects/body.en.md", TestSite.Page("Body", "# Second title\n\n<b>bold</b> ![](photo.png) [gone](gone.md) [report](my report.pdf) [Housing](/international/en/projects/housing/)\n")),
            ("content/projects/photo.png", TestSite.Png(40, 30)),
            ("content/projects/access.en.md", TestSite.Page("Access", string.Join('\n',
                "## Costs", "", "#### Details", "",
                "See [read more](twin.md), [www.example.org](https://www.example.org/) and [![](photo.png \"decorative\")](twin.md) ![photo.png](photo.png).", "",
                "+-----+-----+", "| a   | b   |", "+-----+-----+", "",
                "| | |", "|-|-|", "| a | b |", ""))),
            ("content/projects/untitled.en.md", "---\nsummary: No title\n---\n"),
            ("content/projects/plain.en.md", "Just text.\n"),
            ("content/projects/quote.en.md", "---\ntitle: \"Unclosed\n---\n"),
            ("content/projects/deep.en.md", "---\ntitle: Deep\n---\n" + new string('>', 2000) + " quoted\n"),
            ("content/projects/twin.en.md", TestSite.Page("Twin", "", "status: ongoing")),
            ("content/projects/twin.da.md", TestSite.Page("Tvilling", "", "status: completed")),
            ("content/projects/refs.en.md", TestSite.Page("References", "", "focus_areas: [fa-2]")),
            ("content/projects/clash-a.en.md", TestSite.Page("A", "", "slug: same")),
            ("content/projects/clash-b.en.md", TestSite.Page("B", "", "slug: same")),
            ("content/reports/status.da.md", TestSite.Page("Status")),
            ("content/projects/swedish.sv.md", TestSite.Page("Svenska")),
            ("content/focus-areas/fa-10.en.md", TestSite.Page("10. Uncited", "", "number: 10\noffice: project-office\naims: [learning]\ngoals:\n  - id: \"1\"\n    text: One\n    assessments:\n      - { year: 2008, status: achieved }")),
            ("content/focus-areas/fa-09.en.md", TestSite.Page("9. Twice", "", "number: 9\noffice: project-office\naims: [learning]\ngoals:\n  - { id: \"1\", text: One, assessments: [] }\n  - { id: \"1\", text: Again, assessments: [] }")))))
        {
            File.WriteAllBytes(Path.Combine(site.Root, "content/projects/latin1.en.md"), [.. "---\ntitle: K"u8, 0xF8, .. "benhavn\n---\n"u8]);
            Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "projects", "loop"), Path.Combine(site.Root, "content", "projects"));
            await Build(site);
        }

        // Faults that stop the build before the content is read, or that only the rendered pages show.
        foreach (var (files, check) in new (string Path, string Text)[][]
                 {
                     [("site.yml", TestSite.Config.Replace("default_language: en", "default_language: fr", StringComparison.Ordinal))],
                     [("site.yml", TestSite.Config + "\ntheme: missing\n")],
                     [("themes/default/Partials/_footer.cshtml", "@inherits ActionPlan.Rendering.ThemePage<ActionPlan.Rendering.PageView>\n<footer>@Model.NoSuchThing</footer>\n")],
                     [("themes/default/Partials/_footer.cshtml", "@inherits ActionPlan.Rendering.ThemePage<ActionPlan.Rendering.PageView>\n<footer><a href=\"@Model.Asset(\"privacy/\")\">Privacy</a></footer>\n")],
                     [("themes/default/i18n/da.yml", "")],
                     [("content/projects/wide.en.md", TestSite.Page("Wide", "", "layout: wide"))],
                     [("static/en/index.html", "<!doctype html><title>x</title>")],
                     [("static/en/search/index.html", "<!doctype html><title>x</title>"), ("static/robots.txt", "User-agent: *")],
                     [("content/projects/links.en.md", TestSite.Page("Links", "See [the goals](_index.md#goals).\n"))],
                     [("static/projects/photo.png", TestSite.Png(40, 30)), ("content/projects/photo.png", TestSite.Png(40, 30))],
                     [("site.yml", TestSite.Config + "\nimages: { max_kb: 8 }\n"), ("content/projects/map.png", TestSite.Png(200, 100)), ("static/files/scan.jpg", "not an image")],
                 }.Select(f => (f, false)))
        {
            using var site = TestSite.Create(Minimal.Files(files.Where(f => f.Path != "site.yml").ToArray()));
            foreach (var config in files.Where(f => f.Path == "site.yml"))
            {
                site.Write("site.yml", config.Text);
            }

            await Build(site, check);
        }

        // Writing: a misspelling, a sentence in the other language, a page above lix_max.
        using (var site = TestSite.Create(Minimal.Files(
            ("content/spelt.en.md", TestSite.Page("Spelt", "The office will recieve the report.\n\nWe met the committee. Udvalget besluttede at fortsætte arbejdet med projektet.\n")),
            ("content/hard.en.md", TestSite.Page("Hard", string.Join(' ', Enumerable.Repeat("Municipalities cooperate internationally regarding comprehensive psychosocial rehabilitation.", 5)))))))
        {
            site.AppendToConfig("\nlix_max: 45\n");
            await Build(site);
        }

        // A name written as a variant the terms replace, and a variant that is part of its own name.
        using (var site = TestSite.Create(Minimal.Files(("content/named.en.md", TestSite.Page("Named", "We met the Pompidou group.\n")))))
        {
            site.Write("terms.en.yml", "Pompidou Group:\n  - Pompidou group\n  - Group\n");
            await Build(site);
        }

        // A build cache cut short: the next build does all its work and says so.
        using (var site = TestSite.Create(Minimal.Files()))
        {
            await Build(site);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Root, ".actionplan", ActionPlan.Caching.CacheFile.Folder)))
            {
                File.WriteAllBytes(file, File.ReadAllBytes(file)[..^10]);
            }

            await Build(site);
        }

        // A source changed in a way its size and times do not show (its body kept its length, its time put back), found
        // when its page is rendered again (its output deleted): the body read then is not the file the build started with.
        using (var site = TestSite.Create(Minimal.Files(("content/projects/housing.en.md", TestSite.Page("Housing", "Homes for families.\n")))))
        {
            site.Settle("content/projects/housing.en.md");
            await Build(site);
            site.Write("content/projects/housing.en.md", TestSite.Page("Housing", "Homes for children.\n"));
            site.Settle("content/projects/housing.en.md");
            Directory.Delete(site.Output, recursive: true);
            await Build(site);
        }

        // A language whose spelling dictionary is not installed.
        using (var site = TestSite.Create(Minimal.Files()))
        {
            site.Write("site.yml", TestSite.Config.Replace("locale: da-DK }", "locale: da-DK, dictionary: da_NONE }", StringComparison.Ordinal));
            await Build(site);
        }

        // A focus area whose plan is a publication without a period.
        using (var site = TestSite.Create(PlanSite.Files(("content/focus-areas/fa-02.en.md", TestSite.Page("2. Visibility", "", PlanSite.Visibility.Replace("plan: action-plan", "plan: status-2008", StringComparison.Ordinal) + "\n" + PlanSite.AsOf)))))
        {
            await Build(site);
        }

        // A measured goal that counts a page the build cannot date: outside git (no problem: its year is unknown), and in git before its first commit.
        using (var site = TestSite.Create(PlanSite.WithWebGoal(("content/projects/undated.en.md", TestSite.Page("Undated")))))
        {
            await Build(site);
            TestGit.Init(site.Root);
            TestGit.Commit(site.Root, new DateOnly(2009, 3, 1), "The site");
            site.Write("content/projects/new.en.md", TestSite.Page("New"));
            await Build(site);
        }

        // Pages that do not say when, or are past their review, an end without its source, and a register left behind.
        using (var site = TestSite.Create(PlanSite.Files(
            ("content/projects/undated.en.md", TestSite.Page("Undated", "A project that says nowhere when.\n")),
            ("content/projects/closed.en.md", TestSite.Page("Closed", "", "ended: { year: 2008 }\n" + PlanSite.AsOf)),
            ("content/projects/stale.en.md", TestSite.Page("Stale", "", "review_by: 2009-05-31\nowner: project-office\n" + PlanSite.AsOf)),
            ("content/focus-areas/fa-02.en.md", TestSite.Page("2. Visibility", "", PlanSite.Visibility.Replace("{ year: 2008, status: not-achieved", "{ year: 2010, status: not-achieved", StringComparison.Ordinal) + "\n" + PlanSite.AsOf)),
            ("content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", PlanSite.Visibility.Replace("{ year: 2008, status: not-achieved", "{ year: 2010, status: not-achieved", StringComparison.Ordinal) + "\n" + PlanSite.AsOf)))))
        {
            await Build(site);
        }

        // Status reports to print, and no Chromium where the site says it is.
        using (var site = TestSite.Create(PlanSite.Files()))
        {
            site.AppendToConfig("\nstatus_pdf: true\n");
            TestSite.ShareCompiledTemplates(site.Root);
            var (_, output, error) = await ToolProcess.RunAsync(site.Root, new Dictionary<string, string> { ["ACTIONPLAN_CHROMIUM"] = "/nowhere/chromium" }, "build");
            lines.AddRange((output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        // Addresses the last published build had, dropped by the next: a page renamed by hand, one deleted, a register year gone.
        using (var site = TestSite.Create(PlanSite.Files()))
        {
            await Build(site);
            var housing = Path.Combine(site.Root, "content/projects/housing.en.md");
            site.Write("content/projects/housing-first.en.md", File.ReadAllText(housing));
            File.Delete(housing);
            File.Delete(Path.Combine(site.Root, "content/projects/outreach.en.md"));
            foreach (var language in new[] { "en", "da" })
            {
                site.Write($"content/networks/eurocities.{language}.md", TestSite.Page("Eurocities", "", "theme: Social inclusion\ncontact: project-office\nregister: [2008]\nfocus_areas: [fa-01]"));
            }

            await Build(site);
        }

        // 'actionplan move' refused: each refusal changes nothing, so one site serves them all.
        using (var site = TestSite.Create(PlanSite.Files()))
        {
            foreach (var (from, to) in new[]
                     {
                         ("cities/nowhere", "cities/elsewhere"), ("cities/berlin", "projects/housing"), ("cities/berlin", "cities/Berlin City"),
                         ("cities/_index", "cities/towns"), ("cities/berlin", "networks/berlin"), ("cities/berlin", "cities/germany/berlin"),
                     })
            {
                var moving = new ActionPlan.Diagnostics.DiagnosticBag();
                ActionPlan.Scaffolding.PageMover.Move(new ActionPlan.Scaffolding.PageMoveOptions(site.Root, from, to) { BuiltInThemeDirectory = TestSite.BuiltInTheme }, moving);
                lines.AddRange(moving.ToSortedList().Select(d => d.ToString()));
            }

            site.Write("content/projects/broken.en.md", TestSite.Page("Broken", "[gone](gone.md)\n"));
            var broken = new ActionPlan.Diagnostics.DiagnosticBag();
            ActionPlan.Scaffolding.PageMover.Move(new ActionPlan.Scaffolding.PageMoveOptions(site.Root, "cities/berlin", "cities/berlin-brandenburg") { BuiltInThemeDirectory = TestSite.BuiltInTheme }, broken);
            lines.AddRange(broken.ToSortedList().Select(d => d.ToString()));
        }

        // The site folder itself, and the commands.
        using (var empty = TestSite.Create())
        {
            await Build(empty);
            File.Delete(Path.Combine(empty.Root, "site.yml"));
            await Build(empty);
        }

        using (var site = TestSite.Create(Minimal.Files(("content/projects/far.en.md", TestSite.Page("Far", "[closed](http://127.0.0.1:9/)\n")))))
        {
            var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, site.Root) { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates }, TestContext.Current.CancellationToken);
            lines.AddRange(result.Diagnostics.Select(d => d.ToString()));
            lines.AddRange(await CliAsync(site.Root, "check", "--external", "--timeout", "2"));
            lines.AddRange(await CliAsync(site.Root, "new", "recipe", "Æblegrød"));
            lines.AddRange(await CliAsync(site.Root, "new", "project", "!!!"));
            lines.AddRange(await CliAsync(site.Root, "new", "project", "Far"));
        }

        return lines;
    }

    private static async Task<IEnumerable<string>> CliAsync(string site, params string[] arguments)
    {
        var (_, output, error) = await ToolInProcess.RunAsync(site, arguments);
        return (output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
