using ActionPlan.Build;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Model;

/// <summary>Tags are checked like references: each undeclared one is an error at its place with the nearest id, once per tag however many pages name it, and twins must name the same.</summary>
public sealed class TagCheckTests
{
    private static async Task<List<string>> ProblemsAsync(string config, (string Path, string Text)[] files)
    {
        using var site = TestSite.Create(Minimal.Files(files));
        site.AppendToConfig(config);
        var result = await site.BuildAsync();
        return [.. result.Diagnostics.Select(d => d.ToString())];
    }

    private static string Project(string title, string frontMatter, string body = "") => TestSite.Page(title, body, frontMatter + "\n" + PlanSite.AsOf);

    [Fact]
    public async Task A_wrong_tag_id_a_tag_named_by_its_name_and_twins_that_differ_planted_with_other_faults_are_each_reported_at_their_place_and_nothing_else()
    {
        var problems = await ProblemsAsync(ActionPlan.Tests.Products.TagsTests.Declared,
            [
            // 1. A typo in a tag's id, in one twin only: no twin-facts on top.
            ("content/projects/typo.en.md", Project("Typo", "tags: [housing, chld-poverty]")),
            ("content/projects/typo.da.md", Project("Tastefejl", "tags: [housing, child-poverty]")),
            // 2. A tag named by its Danish name.
            ("content/projects/named.da.md", Project("Navngivet", "tags: [Bolig]")),
            // 3. Twins that name different declared tags.
            ("content/projects/differ.en.md", Project("Differ", "tags: [housing]")),
            ("content/projects/differ.da.md", Project("Forskellig", "tags: [elderly]")),
            // 4.-5. A link to no page and a bad status, beside a page whose tags are right.
            ("content/projects/other.en.md", Project("Other", "status: going\ntags: [child-poverty]", "See [gone](gone.md).\n")),
            ("content/projects/other.da.md", Project("Andet", "status: going\ntags: [child-poverty]")),
            ]);

        Assert.Equal(
        [
            "content/projects/differ.da.md:3:7: error: 'tags' is 'elderly' here but 'housing' in content/projects/differ.en.md:3; statuses, dates, numbers and references must be the same in both languages. [twin-facts]",
            "content/projects/named.da.md:3:8: error: 'tags' names 'Bolig', the name of the tag 'housing': pages name a tag by its id, so write 'housing'. [tag]",
            "content/projects/other.da.md:3:9: error: 'status' must be one of: planned, ongoing, completed — not 'going'. [bad-value]",
            "content/projects/other.en.md:3:9: error: 'status' must be one of: planned, ongoing, completed — not 'going'. [bad-value]",
            "content/projects/other.en.md:7:5: error: 'gone.md' does not match a page: there is no content/projects/gone.en.md. [link]",
            "content/projects/typo.en.md:3:17: error: 'tags' names 'chld-poverty', but site.yml declares no tag with that id. Did you mean 'child-poverty'? [tag]",
        ], problems);
    }

    [Fact]
    public async Task A_wrong_id_on_many_pages_is_one_error_at_the_first_that_names_the_others()
    {
        var files = Enumerable.Range(1, 6).Select(i => ($"content/projects/p{i}.en.md", Project($"Project {i}", "tags: [hosing]"))).ToArray();

        var problems = await ProblemsAsync(ActionPlan.Tests.Products.TagsTests.Declared, files);

        Assert.Equal(
        [
            "content/projects/p1.en.md:3:8: error: 'tags' names 'hosing', but site.yml declares no tag with that id. Did you mean 'housing'? It is also named in content/projects/p2.en.md:3, content/projects/p3.en.md:3, content/projects/p4.en.md:3 and 2 more places. [tag]",
        ], problems);
    }

    [Fact]
    public async Task A_site_moved_from_another_generator_gets_one_error_per_tag_text_with_the_declaration_its_twins_show()
    {
        // Tags written as text, as Hugo writes them, and no declaration; the Danish twins call child poverty
        // "Børnefattigdom", and one English page alone says "Youth", which no Danish text matches.
        var files = new List<(string, string)>();
        foreach (var i in Enumerable.Range(1, 4))
        {
            files.Add(($"content/projects/p{i}.en.md", Project($"Project {i}", i == 4 ? "tags: [\"Child poverty\", Youth]" : "tags: [\"Child poverty\", Housing]")));
            files.Add(($"content/projects/p{i}.da.md", Project($"Projekt {i}", i == 4 ? "tags: [Børnefattigdom]" : "tags: [Bolig, Børnefattigdom]")));
        }

        var problems = await ProblemsAsync("", [.. files]);

        Assert.Equal(
        [
            "content/projects/p1.da.md:3:8: error: 'tags' names 'Bolig', but site.yml declares no tags: declare each tag once with its name in every language, under tags: in site.yml (housing: { en: Housing, da: Bolig }), and name it by its id on the pages in every language (tags: [housing]). It is also named in content/projects/p2.da.md:3, content/projects/p3.da.md:3. [tag]",
            "content/projects/p1.da.md:3:15: error: 'tags' names 'Børnefattigdom', but site.yml declares no tags: declare each tag once with its name in every language, under tags: in site.yml (child-poverty: { en: Child poverty, da: Børnefattigdom }), and name it by its id on the pages in every language (tags: [child-poverty]). It is also named in content/projects/p2.da.md:3, content/projects/p3.da.md:3, content/projects/p4.da.md:3. [tag]",
            "content/projects/p1.en.md:3:8: error: 'tags' names 'Child poverty', but site.yml declares no tags: declare each tag once with its name in every language, under tags: in site.yml (child-poverty: { en: Child poverty, da: Børnefattigdom }), and name it by its id on the pages in every language (tags: [child-poverty]). It is also named in content/projects/p2.en.md:3, content/projects/p3.en.md:3, content/projects/p4.en.md:3. [tag]",
            "content/projects/p1.en.md:3:25: error: 'tags' names 'Housing', but site.yml declares no tags: declare each tag once with its name in every language, under tags: in site.yml (housing: { en: Housing, da: Bolig }), and name it by its id on the pages in every language (tags: [housing]). It is also named in content/projects/p2.en.md:3, content/projects/p3.en.md:3. [tag]",
            "content/projects/p4.en.md:3:25: error: 'tags' names 'Youth', but site.yml declares no tags: declare each tag once with its name in every language, under tags: in site.yml (youth: { en: Youth, da: ... }), and name it by its id on the pages in every language (tags: [youth]). [tag]",
        ], problems);
    }

    [Fact]
    public async Task A_tag_declared_with_a_bad_id_or_without_its_name_in_a_language_is_an_error_in_site_yml()
    {
        var problems = await ProblemsAsync("\ntags:\n  Child Poverty: { en: Child poverty, da: Børnefattigdom }\n  housing: { en: Housing }\n  youth: Youth\n", []);

        Assert.Equal(
        [
            "site.yml:9:3: error: the tag id 'Child Poverty' may use only lower-case letters, digits and single '-' between them, e.g. 'child-poverty': pages name the tag by it, and it ends the tag page's address. [config]",
            "site.yml:10:12: error: 'da' is required: add a line 'da: ...'. [missing-field]",
            "site.yml:11:10: error: the tag 'youth' needs its name in each language: youth: { en: ..., da: ... }. [config]",
        ], problems);
    }
}
