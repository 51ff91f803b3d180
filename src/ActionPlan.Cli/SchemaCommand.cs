using System.Text.Json;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Scaffolding;

namespace ActionPlan.Cli;

/// <summary>The <c>schema</c> command: writes each kind's front matter JSON Schema for editors' tools.</summary>
internal static class SchemaCommand
{
    public static int Run(string site, string? output, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(site, diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            stderr.WriteLine(diagnostic);
        }

        if (config is null)
        {
            return 2;
        }

        var folder = output ?? Path.Combine(site, DefaultFolder);
        Directory.CreateDirectory(folder);
        foreach (var (file, text) in FrontMatterSchema.All(config))
        {
            File.WriteAllText(Path.Combine(folder, file), text, new System.Text.UTF8Encoding(false));
            stdout.WriteLine($"Wrote {Path.GetRelativePath(site, Path.Combine(folder, file)).Replace('\\', '/')}");
        }

        var relative = Path.GetRelativePath(site, folder).Replace('\\', '/');
        stdout.WriteLine();
        stdout.WriteLine("Map them to the content folders in .vscode/settings.json:");
        stdout.WriteLine(new System.Text.Json.Nodes.JsonObject { ["yaml.schemas"] = FrontMatterSchema.Mapping(relative, config) }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    /// <summary>Where the schemas go by default: beside the editor settings that map them.</summary>
    public const string DefaultFolder = ".vscode/schemas";
}
