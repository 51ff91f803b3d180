using ActionPlan.Domain;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Domain;

/// <summary>docs/editing.md's table of kinds is the kinds' own declarations, so it cannot drift from what the build reads.</summary>
public sealed class KindsTableTests
{
    /// <summary>The table as the kinds declare it: folder, name, and each field (required in bold) with what it takes.</summary>
    public static string Table()
    {
        static string Describe(Field field)
        {
            var key = field.Required ? $"**`{field.Key}`**" : $"`{field.Key}`";
            return field.Values is { } values ? $"{key} ({values})" : key;
        }

        var rows = ContentKind.All.Where(k => k != ContentKind.Page)
            .Select(k => $"| `{k.Folder}/` | `{k.Name}` | {(k.Fields.Count == 0 ? "–" : string.Join(", ", k.Fields.Select(Describe)))} |")
            .Append("| anywhere else | `page` | – |");
        return string.Join('\n', ["| folder | kind | its own fields (required in bold) |", "| --- | --- | --- |", .. rows]) + "\n";
    }

    [Fact]
    public void The_kinds_table_in_the_editors_guide_is_generated_from_the_kinds()
    {
        var guide = File.ReadAllText(Path.Combine(RealSite.Folder, "docs", "editing.md"));

        Assert.True(guide.Contains(Table(), StringComparison.Ordinal), $"docs/editing.md's table of kinds should read:\n{Table()}");
    }
}
