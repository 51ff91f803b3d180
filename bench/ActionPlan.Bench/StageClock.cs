using System.Diagnostics;

namespace ActionPlan.Bench;

/// <summary>
/// Prints, as each build stage starts, how long the one before it took (wall), the whole process's CPU in it (every
/// thread: the stage's work, the garbage collector, the JIT), the JIT's share, the GC pauses and what it allocated
/// (synchronously, unlike Progress).
/// </summary>
/// <param name="output">Where the lines go.</param>
/// <param name="live">Also collect garbage at each stage's start and print what is still alive (slows the build).</param>
internal sealed class StageClock(TextWriter output, bool live) : IProgress<ActionPlan.Build.BuildProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private ActionPlan.Build.BuildStage? _stage;
    private TimeSpan _started;
    private long _allocated;
    private TimeSpan _cpu;
    private TimeSpan _jit;
    private TimeSpan _paused;

    private static TimeSpan Cpu => Process.GetCurrentProcess().TotalProcessorTime;

    public void Report(ActionPlan.Build.BuildProgress progress) => Report(progress.Stage);

    /// <summary>Marks the start of a stage (or of nothing, to print the last one).</summary>
    public void Report(ActionPlan.Build.BuildStage? value)
    {
        lock (_clock)
        {
            if (value == _stage)
            {
                return;
            }

            if (_stage is not null)
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                output.WriteLine($"{(_clock.Elapsed - _started).TotalMilliseconds,8:0} ms {(Cpu - _cpu).TotalMilliseconds,7:0} ms CPU {(System.Runtime.JitInfo.GetCompilationTime() - _jit).TotalMilliseconds,6:0} ms JIT {(GC.GetTotalPauseDuration() - _paused).TotalMilliseconds,6:0} ms GC {(allocated - _allocated) / 1048576,6} MiB  {_stage}");
            }

            if (live)
            {
                output.WriteLine($"{GC.GetTotalMemory(forceFullCollection: true) / 1048576,17} MiB alive before {value?.ToString() ?? "the end"}");
            }

            _stage = value;
            _started = _clock.Elapsed;
            _allocated = GC.GetTotalAllocatedBytes(precise: true);
            _cpu = Cpu;
            _jit = System.Runtime.JitInfo.GetCompilationTime();
            _paused = GC.GetTotalPauseDuration();
        }
    }
}
