using ActionPlan.Bench;
using BenchmarkDotNet.Running;

// bench: "corpus N DIR" writes the ActionPlan and Hugo corpora; "stages" runs the BenchmarkDotNet benchmarks.
switch (args.FirstOrDefault())
{
    case "corpus" when args.Length == 3:
        CorpusGenerator.Write(args[2], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case "linkcheck" when args.Length == 3:
        // Times the link check alone over a built output: one AngleSharp pass over every page, fragments included.
        var config = ActionPlan.Configuration.SiteConfigReader.Read(args[1], new ActionPlan.Diagnostics.DiagnosticBag())!;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = new ActionPlan.Diagnostics.DiagnosticBag();
        var links = ActionPlan.Checking.LinkChecker.CheckFolder(args[2], config, new Dictionary<string, ActionPlan.Checking.LinkOrigin>(), "output", diagnostics);
        Console.WriteLine($"{clock.Elapsed.TotalSeconds:0.000} {links} {diagnostics.ToSortedList().Count}");
        return 0;
    case "timings" when args.Length == 3:
        // Prints how long each build stage took, in process: where the time of one build goes.
        var stages = new StageClock(Console.Out);
        var result = await ActionPlan.Build.SiteBuilder.BuildAsync(new ActionPlan.Build.BuildOptions(args[1], args[2]) { Progress = stages });
        stages.Report((ActionPlan.Build.BuildStage?)null);
        Console.WriteLine($"{result.Pages} pages, {result.LinksChecked} links, {result.ErrorCount} errors");
        Console.WriteLine($"GC: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused, {GC.GetTotalAllocatedBytes() / 1048576} MiB allocated");
        return result.ExitCode;
    case "stages":
        BenchmarkRunner.Run<Stages>(args: args[1..]);
        return 0;
    default:
        Console.Error.WriteLine("usage: ActionPlan.Bench corpus <pages per language> <folder> | linkcheck <site> <output> | timings <site> <output> | stages [BenchmarkDotNet options]");
        return 2;
}
