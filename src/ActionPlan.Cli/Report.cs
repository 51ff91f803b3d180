using System.Text.Encodings.Web;
using System.Text.Json;
using ActionPlan.Build;
using ActionPlan.Diagnostics;
using Spectre.Console;

namespace ActionPlan.Cli;

/// <summary>How a build's diagnostics are printed: for people (coloured on a terminal), as GitHub Actions annotations, or as JSON.</summary>
internal enum ReportFormat
{
    Text,
    Github,
    Json,
}

/// <summary>Prints a build result in the chosen format; the exit code is the result's either way.</summary>
internal static class Report
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>True when people watch: a terminal, not CI; then colour and a progress display are used.</summary>
    public static bool Interactive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    public static void Print(BuildResult result, string output, ReportFormat format, TextWriter stdout, TextWriter stderr)
    {
        switch (format)
        {
            case ReportFormat.Json:
                stdout.WriteLine(JsonSerializer.Serialize(new
                {
                    ok = result.Published,
                    exitCode = result.ExitCode,
                    output,
                    pages = result.Pages,
                    files = result.Assets,
                    linksChecked = result.LinksChecked,
                    errors = result.ErrorCount,
                    warnings = result.WarningCount,
                    diagnostics = result.Diagnostics.Select(d => new
                    {
                        severity = d.Severity == Severity.Error ? "error" : "warning",
                        d.Code,
                        d.File,
                        d.Line,
                        d.Column,
                        d.Message,
                    }),
                }, Json));
                return;
            case ReportFormat.Github:
                foreach (var d in result.Diagnostics)
                {
                    var level = d.Severity == Severity.Error ? "error" : "warning";
                    var position = d.Line > 0 ? $",line={d.Line}" + (d.Column > 0 ? $",col={d.Column}" : "") : "";
                    stdout.WriteLine($"::{level} file={Property(d.File)}{position},title={Property(d.Code)}::{Data(d.Message)}");
                }

                break;
            default:
                if (Interactive)
                {
                    var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
                    foreach (var d in result.Diagnostics)
                    {
                        var colour = d.Severity == Severity.Error ? "red" : "yellow";
                        console.MarkupLine($"[{colour}]{Spectre.Console.Markup.Escape(d.ToString())}[/]");
                    }
                }
                else
                {
                    foreach (var d in result.Diagnostics)
                    {
                        stderr.WriteLine(d);
                    }
                }

                break;
        }

        var problems = $"{result.ErrorCount} error(s), {result.WarningCount} warning(s)";
        if (result.Published)
        {
            stdout.WriteLine($"Built {result.Pages} pages and {result.Assets} files into {output}; checked {result.LinksChecked} internal links; {problems}.");
            if (result.MissingTwins > 0)
            {
                stdout.WriteLine($"Translations: {result.MissingTwins} page(s) have no twin in another language; run 'actionplan translations' for the list.");
            }
        }
        else
        {
            stderr.WriteLine($"Build failed: {problems}. The output folder was not changed.");
        }
    }

    /// <summary>Runs a build with a live stage display on a terminal, quietly elsewhere.</summary>
    public static async Task<BuildResult> WithProgressAsync(Func<IProgress<string>?, Task<BuildResult>> build)
    {
        if (!Interactive)
        {
            return await build(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Status().StartAsync("Building", async context =>
            await build(new Progress<string>(stage => context.Status(Spectre.Console.Markup.Escape(stage)))));
    }

    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
