using System.CommandLine;
using ActionPlan.Build;
using ActionPlan.Model;

namespace ActionPlan.Cli;

/// <summary>The <c>actionplan</c> command line as a method: parses the arguments, runs the command, prints, and gives the exit code.</summary>
public static class CommandLine
{
    /// <summary>Runs <c>actionplan</c> with these arguments, printing to these writers; gives the exit code (0 ok, 1 content or link errors, 2 usage, configuration or a file in the way, 3 a fault in the tool).</summary>
    /// <param name="args">The arguments, as after <c>actionplan</c>.</param>
    /// <param name="stdout">Where results go (the program's standard output).</param>
    /// <param name="stderr">Where problems go (the program's standard error); a progress display only when it is the console's, on a terminal.</param>
    /// <param name="directory">The folder relative paths and the default site are read against (default: the current folder).</param>
    /// <param name="cancellationToken">Stops a long command (build, check, serve).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string? directory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var workingFolder = Path.GetFullPath(directory ?? Environment.CurrentDirectory);
        string Full(string path) => Path.GetFullPath(path, workingFolder);

        // The CLI only parses arguments, calls the library and prints; it never changes the current folder or the console,
        // so tests run it in process, side by side.
        var siteOption = new Option<string>("--site")
        {
            Description = "The site folder, holding site.yml and content/ (default: the current folder).",
            DefaultValueFactory = _ => ".",
        };
        var outputOption = new Option<string?>("--output")
        {
            Description = "Where to write the site (default: output/ in the site folder). Replaced only when the build succeeds.",
        };

        var draftsOption = new Option<bool>("--drafts") { Description = "Build drafts too (pages with 'draft: true'), for preview." };
        var noPdfOption = new Option<bool>("--no-pdf") { Description = "Do not print the status reports to PDF, where site.yml asks for it (status_pdf) and this machine has no Chromium." };
        var formatOption = new Option<string>("--format")
        {
            Description = "How to print problems: text (for people), github (GitHub Actions annotations) or json.",
            DefaultValueFactory = _ => "text",
        };
        formatOption.AcceptOnlyFromAmong(ReportFormats.Names);
        var build = new Command("build", "Build the site into the output folder and check every internal link.") { siteOption, outputOption, draftsOption, noPdfOption, formatOption };
        build.SetAction(async (parse, cancellation) =>
        {
            var site = Full(parse.GetValue(siteOption)!);
            var output = parse.GetValue(outputOption) is { } folder ? Full(folder) : Path.Combine(site, "output");
            var format = ReportFormats.Parse(parse.GetValue(formatOption));
            var options = new BuildOptions(site, output) { Publishing = PublishingRules.Default with { IncludeDrafts = parse.GetValue(draftsOption) }, PrintPdfs = !parse.GetValue(noPdfOption) };
            var result = format == ReportFormat.Text
                ? await Report.WithProgressAsync(stderr, progress => SiteBuilder.BuildAsync(options with { Progress = progress }, cancellation))
                : await SiteBuilder.BuildAsync(options, cancellation);
            Report.Print(result, output, format, stdout, stderr);
            return result.ExitCode;
        });

        var yearOption = new Option<string?>("--year") { Description = "The year to report on, four digits (default: the latest year that has a report)." };
        var reports = ActionPlan.Products.SiteProducts.Reports.Select(report =>
        {
            var command = new Command(report.Command, report.Description) { siteOption, yearOption };
            command.SetAction(parse => YearReportCommand.Run(report, Full(parse.GetValue(siteOption)!), parse.GetValue(yearOption), stdout, stderr));
            return command;
        });

        var kindArgument = new Argument<string>("kind")
        {
            Description = "What the page is: page, project, best-practice, network, focus-area, activity, publication, contact or city; "
                + $"or a year to start ({string.Join(", ", ActionPlan.Products.SiteProducts.Starters.Select(s => s.Command))}) with the year as title.",
        };
        var titleArgument = new Argument<string>("title") { Description = "The page's title; it also gives the file name (æ→ae, ø→oe, å→aa)." };
        var create = new Command("new", "Start a page in every language: the twins with the kind's front matter, as drafts. Never overwrites a file.") { kindArgument, titleArgument, siteOption };
        create.SetAction(parse => NewCommand.Run(Full(parse.GetValue(siteOption)!), parse.GetValue(kindArgument)!, parse.GetValue(titleArgument)!, stdout, stderr));

        var fromArgument = new Argument<string>("old") { Description = "The page to move: its path under content/ without language and '.md' (projects/berlin), or one twin's file." };
        var toArgument = new Argument<string>("new") { Description = "Where it goes, written the same way (projects/berlin-exchange)." };
        var move = new Command("move", "Rename or move a page in every language: its old addresses keep working (aliases) and the links and references to it are rewritten.") { fromArgument, toArgument, siteOption };
        move.SetAction(parse => MoveCommand.Run(Full(parse.GetValue(siteOption)!), parse.GetValue(fromArgument)!, parse.GetValue(toArgument)!, stdout, stderr));

        var folderArgument = new Argument<string>("folder") { Description = "Where the new site goes: a new or empty folder." };
        var languagesOption = new Option<string>("--languages")
        {
            Description = "The site's languages, the default first, as codes or locales: sv,en or sv-SE,en-GB.",
            Required = true,
        };
        var init = new Command("init", "Start a new site in these languages: site.yml, a home page and the first sections in each, ready to build. Never overwrites a file.") { folderArgument, languagesOption };
        init.SetAction(parse => InitCommand.Run(Full(parse.GetValue(folderArgument)!), parse.GetValue(languagesOption)!, stdout, stderr));

        var translations = new Command("translations", "List pages that lack a twin and twins that have fallen behind (from git history, else file times).") { siteOption };
        translations.SetAction(parse => TranslationsCommand.Run(Full(parse.GetValue(siteOption)!), stdout, stderr));

        var review = new Command("review", "List the pages with a review date (review_by), past due first, grouped by owner, with file and day.") { siteOption };
        review.SetAction(parse => ReviewCommand.Run(Full(parse.GetValue(siteOption)!), DateOnly.FromDateTime(DateTime.UtcNow), stdout, stderr));

        var portOption = new Option<int>("--port") { Description = "The port on 127.0.0.1 to serve on (default: 1313).", DefaultValueFactory = _ => 1313 };
        var serve = new Command("serve", "Preview the site on 127.0.0.1: rebuild on every change and reload open pages; edit it in the browser at /admin/.") { siteOption, portOption, draftsOption };
        serve.SetAction(async (parse, cancellation) =>
        {
            await using var server = new ActionPlan.Serving.PreviewServer(Full(parse.GetValue(siteOption)!), parse.GetValue(portOption), parse.GetValue(draftsOption), stdout);
            try
            {
                await server.StartAsync();
            }
            catch (IOException e)
            {
                // Kestrel's "address already in use" is an IOException: say what to do, not a stack trace.
                stderr.WriteLine($"actionplan: cannot serve on port {parse.GetValue(portOption)}: {e.Message}. Choose another with --port.");
                return 2;
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });

        var externalOption = new Option<bool>("--external") { Description = "Also check links to other sites (politely, with retries and a cache)." };
        var cacheOption = new Option<string?>("--cache") { Description = "The cache of external results (default: .actionplan/external-links.json in the site)." };
        var concurrencyOption = new Option<int>("--concurrency") { Description = "Requests in flight at most (default: 8).", DefaultValueFactory = _ => 8 };
        var timeoutOption = new Option<double>("--timeout") { Description = "Seconds one request may take (default: 10).", DefaultValueFactory = _ => 10 };
        var schemaOutput = new Option<string?>("--output") { Description = $"Where to write the schemas (default: {ActionPlan.Cli.SchemaCommand.DefaultFolder} in the site folder)." };
        var schema = new Command("schema", "Write each kind's front matter JSON Schema, so an editor can complete and check what you type.") { siteOption, schemaOutput };
        schema.SetAction(parse => ActionPlan.Cli.SchemaCommand.Run(Full(parse.GetValue(siteOption)!), parse.GetValue(schemaOutput) is { } schemas ? Full(schemas) : null, stdout, stderr));

        var check = new Command("check", "Check the content without building; with --external, check the links to other sites.") { siteOption, externalOption, cacheOption, concurrencyOption, timeoutOption };
        check.SetAction((parse, cancellation) =>
        {
            var site = Full(parse.GetValue(siteOption)!);
            var cache = parse.GetValue(cacheOption) is { } file ? Full(file) : Path.Combine(site, ".actionplan", "external-links.json");
            var options = new ActionPlan.Checking.ExternalCheckOptions(
                Concurrency: Math.Max(1, parse.GetValue(concurrencyOption)), Timeout: TimeSpan.FromSeconds(parse.GetValue(timeoutOption)), CachePath: cache);
            return CheckCommand.RunAsync(site, parse.GetValue(externalOption), options, stdout, stderr, cancellation);
        });

        var root = new RootCommand("ActionPlan: builds a bilingual static site from Markdown and Razor layouts.") { init, build };
        foreach (var command in reports.Concat([create, move, translations, review, serve, check, schema]))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"actionplan: {error.Message}");
            }

            stderr.WriteLine("Run 'actionplan --help' for the commands and their options.");
            return 2;
        }

        var name = parsed.CommandResult.Command.Name;
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file or folder in the way, missing or not allowed: the message names it, and the editor can act on it.
            stderr.WriteLine($"actionplan: {name} stopped: {e.Message} Check that the folder is there, may be written to and has room; then run it again.");
            return 2;
        }
        catch (Exception e)
        {
            // Not the site's fault: one line that says so, and the details (the stack trace) in a file to report.
            var details = Path.Combine(Path.GetTempPath(), $"actionplan-fault-{Environment.ProcessId}-{DateTime.UtcNow:yyyyMMddHHmmss}.txt");
            var kept = TryWrite(details, $"actionplan {string.Join(' ', args)}\n{e}\n");
            stderr.WriteLine($"actionplan: {name} stopped on a fault in ActionPlan itself, not in the site ({e.GetType().Name}: {e.Message})." +
                (kept ? $" Please report it with the details in {details}." : " Please report it with the command you ran."));
            return Fault;
        }
    }

    /// <summary>The exit code of a command stopped by a fault in the tool itself (not in the site or the arguments).</summary>
    public const int Fault = 3;

    /// <summary>The exit code of a command stopped from outside (Ctrl+C), as shells give for SIGINT.</summary>
    public const int Interrupted = 130;

    private static bool TryWrite(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
