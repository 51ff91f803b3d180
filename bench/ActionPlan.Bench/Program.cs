using ActionPlan.Bench;
using BenchmarkDotNet.Running;

// bench: "corpus N DIR [even|mixed|varied]" writes the ActionPlan and Hugo corpora; "stages" and "images" run the BenchmarkDotNet benchmarks.
switch (args.FirstOrDefault())
{
    case "corpus" when args.Length is 3 or 4:
        var shape = args.Length == 4 ? Enum.Parse<CorpusShape>(args[3], ignoreCase: true) : CorpusShape.Even;
        var size = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
        if (shape == CorpusShape.Varied)
        {
            VariedCorpusGenerator.Write(args[2], size);
        }
        else
        {
            CorpusGenerator.Write(args[2], size, shape);
        }

        return 0;
    case "linkcheck" when args.Length == 3:
        // Times the link check alone over a built output: one AngleSharp pass over every page, fragments included.
        var config = ActionPlan.Configuration.SiteConfigReader.Read(args[1], new ActionPlan.Diagnostics.DiagnosticBag())!;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = new ActionPlan.Diagnostics.DiagnosticBag();
        var links = ActionPlan.Checking.LinkChecker.CheckFolder(args[2], config, new Dictionary<string, ActionPlan.Checking.LinkOrigin>(), "output", diagnostics);
        Console.WriteLine($"{clock.Elapsed.TotalSeconds:0.000} {links} {diagnostics.ToSortedList().Count}");
        return 0;
    case "timings" when args.Length is 3 or 4:
        // Prints how long each build stage took and what it allocated, in process: where the time of one build
        // goes; with --live also what is alive between stages: where its memory goes.
        var stages = new StageClock(Console.Out, live: args.Length == 4 && args[3] == "--live");
        Console.WriteLine($"before the build: {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:0} ms CPU (runtime start, assembly loading, JIT of Main)");
        var result = await ActionPlan.Build.SiteBuilder.BuildAsync(new ActionPlan.Build.BuildOptions(args[1], args[2]) { Progress = stages });
        stages.Report((ActionPlan.Build.BuildStage?)null);
        Console.WriteLine($"{result.Pages} pages, {result.LinksChecked} links, {result.ErrorCount} errors");
        Console.WriteLine($"GC: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused, {GC.GetTotalAllocatedBytes() / 1048576} MiB allocated");
        Console.WriteLine($"process: {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:0} ms CPU in all, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms JIT ({System.Runtime.JitInfo.GetCompiledMethodCount()} methods), since start {(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalMilliseconds:0} ms");
        return result.ExitCode;
    case "preview" when args.Length == 3:
        // Times what `actionplan serve` does after a save: one content file changed, the site rebuilt in place.
        var session = new ActionPlan.Build.BuildSession();
        var edited = Directory.EnumerateFiles(Path.Combine(args[1], "content"), "*.en.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            File.AppendAllText(edited, $"\n\nEdit {i}.\n");
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var rebuilt = await session.BuildAsync(new ActionPlan.Build.BuildOptions(args[1], args[2]));
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (!rebuilt.Published)
            {
                Console.Error.WriteLine(string.Join('\n', rebuilt.Diagnostics));
                return 1;
            }
        }

        // The first build fills the caches, as the preview's start does; the six after it are edits.
        Console.WriteLine($"{times.Skip(1).Order().ElementAt(3):0} {times[0]:0}");
        return 0;
    case "stages":
        BenchmarkRunner.Run<Stages>(args: args[1..]);
        return 0;
    case "images":
        // The resampler and the PNG encoder on a 2000 x 1000 picture, in Release: the tests prove them on small ones.
        BenchmarkRunner.Run<ImageStages>(args: args[1..]);
        return 0;
    default:
        Console.Error.WriteLine("usage: ActionPlan.Bench corpus <pages per language> <folder> [even|mixed] | linkcheck <site> <output> | timings <site> <output> [--live] | preview <site copy> <output> | stages [BenchmarkDotNet options] | images [BenchmarkDotNet options]");
        return 2;
}
