using System.Globalization;
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

/// <summary>The names of the formats as written after <c>--format</c>.</summary>
internal static class ReportFormats
{
    public static readonly string[] Names = ["text", "github", "json"];

    public static ReportFormat Parse(string? name) => name switch
    {
        "github" => ReportFormat.Github,
        "json" => ReportFormat.Json,
        _ => ReportFormat.Text,
    };
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

    /// <summary>True when people watch: problems go to the console's own error stream, on a terminal, not in CI; then colour and a progress display are used.</summary>
    public static bool Interactive(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    public static void Print(BuildResult result, string output, ReportFormat format, TextWriter stdout, TextWriter stderr)
    {
        switch (format)
        {
            case ReportFormat.Json:
                stdout.WriteLine(JsonSerializer.Serialize(new
                {
                    ok = result.Published,
                    exitCode = result.ExitCode,
                    output = result.Published ? output : null,
                    pages = result.Pages,
                    files = result.Assets,
                    linksChecked = result.LinksChecked,
                    errors = result.ErrorCount,
                    warnings = result.WarningCount,
                    writing = new
                    {
                        languages = result.Writing.Languages.Select(l => new { language = l.Language, figures = Figures(l.Figures) }),
                        pages = result.Writing.Pages.Select(p => new { p.File, p.Language, p.Title, figures = Figures(p.Figures) }),
                    },
                    diagnostics = result.Diagnostics.Select(d => new
                    {
                        severity = d.SeverityName,
                        d.Code,
                        d.File,
                        d.Line,
                        d.Column,
                        d.Message,
                        locations = d.Locations.Select(l => new { l.File, l.Line, l.Column }),
                    }),
                }, Json));
                return;
            case ReportFormat.Github:
                // A two-place problem (twins that disagree) is annotated on both files.
                foreach (var d in result.Diagnostics)
                {
                    var level = d.Severity == Severity.Note ? "notice" : d.SeverityName;
                    foreach (var at in d.Locations)
                    {
                        var position = at.Line > 0 ? $",line={at.Line}" + (at.Column > 0 ? $",col={at.Column}" : "") : "";
                        stdout.WriteLine($"::{level} file={Property(at.File)}{position},title={Property(d.Code)}::{Data(d.Message)}");
                    }
                }

                break;
            default:
                WriteProblems(result.Diagnostics, stderr);
                break;
        }

        var problems = $"{result.ErrorCount} error(s), {result.WarningCount} warning(s)";
        if (result.Published)
        {
            // The sum of the problems comes last, after the note on translations.
            if (result.MissingTwins > 0)
            {
                stdout.WriteLine($"Translations: {result.MissingTwins} page(s) have no twin in another language; run 'actionplan translations' for the list.");
            }

            stdout.WriteLine(Work(result));
            stdout.WriteLine($"Built {result.Pages} pages and {result.Assets} files into {output}; checked {result.LinksChecked} internal links; {problems}.");
        }
        else
        {
            stderr.WriteLine($"Build failed: {problems}. The output folder was not changed.");
        }
    }

    /// <summary>What the build did and what it kept from the last one (<c>.actionplan/build/</c>), in a line.</summary>
    public static string Work(BuildResult result) => result.Repeated
        ? "Nothing changed since the last build: parsed 0 pages, rendered 0, kept the output as it was."
        : $"Parsed {result.Parsed} {(result.Parsed == 1 ? "page" : "pages")} (kept the parse of {result.ParsesKept}), rendered {result.Pages - result.PagesKept} (kept {result.PagesKept} as they were), read the writing of {result.WritingRead} (kept the findings on {result.Writing.Pages.Count - result.WritingRead}); {result.FilesUnchanged} files were already right and kept.";

    /// <summary>Readability figures as the JSON report gives them.</summary>
    private static object Figures(ActionPlan.Writing.ReadabilityFigures f) => new
    {
        lix = Math.Round(f.Lix, 1),
        f.Words,
        f.Sentences,
        f.LongWords,
        sentencesOver25 = f.SentencesOverLimit,
        longest = f.Longest is null ? null : new { words = f.LongestWords, file = f.LongestFile, f.Longest.First.Line, text = f.Longest.Text },
    };

    /// <summary>Each language's readability in a line, for people: <c>Writing, Danish: LIX 52, ...</c>.</summary>
    public static IEnumerable<string> WritingLines(BuildResult result) =>
        result.Writing.Languages.Where(l => l.Figures.Words > 0).Select(l => $"Writing, {l.Name}: {l.Figures}.");

    /// <summary>
    /// Prints problems for people: every error on its own line first, then the warnings, the same warning given in many
    /// places as one line with its count and its first places (<see cref="DiagnosticGroups"/>), so that no number of
    /// warnings hides an error. In colour on a terminal.
    /// </summary>
    public static void WriteProblems(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr)
    {
        var groups = DiagnosticGroups.ForText(diagnostics);
        if (Interactive(stderr))
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
            foreach (var group in groups)
            {
                var colour = group.First.Severity switch { Severity.Error => "red", Severity.Note => "blue", _ => "yellow" };
                console.MarkupLine($"[{colour}]{Spectre.Console.Markup.Escape(DiagnosticGroups.Describe(group))}[/]");
            }

            return;
        }

        foreach (var group in groups)
        {
            stderr.WriteLine(DiagnosticGroups.Describe(group));
        }
    }

    /// <summary>
    /// Runs a build; on a terminal a build that takes over a second shows its stage and how many pages are done,
    /// elsewhere (CI, a pipe) it runs quietly.
    /// </summary>
    public static async Task<BuildResult> WithProgressAsync(TextWriter stderr, Func<IProgress<BuildProgress>?, Task<BuildResult>> build)
    {
        if (!Interactive(stderr))
        {
            return await build(null);
        }

        var latest = new LatestProgress();
        var building = Task.Run(() => build(latest));
        if (await Task.WhenAny(building, Task.Delay(TimeSpan.FromSeconds(1))) == building)
        {
            return await building;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        await console.Status().StartAsync(Describe(latest.Value), async context =>
        {
            while (!building.IsCompleted)
            {
                context.Status(Spectre.Console.Markup.Escape(Describe(latest.Value)));
                await Task.WhenAny(building, Task.Delay(100));
            }
        });
        return await building;
    }

    /// <summary>A stage as the progress display shows it, e.g. "Rendering pages: 1,200 of 10,022".</summary>
    public static string Describe(BuildProgress progress)
    {
        var counted = progress.Total > 0 ? $": {progress.Done.ToString("N0", CultureInfo.InvariantCulture)} of {progress.Total.ToString("N0", CultureInfo.InvariantCulture)}" : "";
        return progress.Stage switch
        {
            BuildStage.Reading => "Reading the content",
            BuildStage.Parsing => $"Parsing pages{counted}",
            BuildStage.Modelling => "Resolving links, references and reports",
            BuildStage.Compiling => "Compiling templates",
            BuildStage.Rendering => $"Rendering and writing pages{counted}",
            BuildStage.Printing => "Printing the status reports to PDF",
            BuildStage.Checking => $"Checking the links of {progress.Total.ToString("N0", CultureInfo.InvariantCulture)} pages",
            _ => "Publishing",
        };
    }

    /// <summary>Keeps only the newest report: the display shows where the build is now, not every step.</summary>
    private sealed class LatestProgress : IProgress<BuildProgress>
    {
        private readonly object _lock = new();
        private BuildProgress _value;

        public BuildProgress Value
        {
            get
            {
                lock (_lock)
                {
                    return _value;
                }
            }
        }

        public void Report(BuildProgress value)
        {
            lock (_lock)
            {
                // Counts arrive from several threads; a late, smaller count of the same stage is not news.
                if (value.Stage != _value.Stage || value.Done >= _value.Done)
                {
                    _value = value;
                }
            }
        }
    }

    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
