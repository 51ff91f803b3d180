using System.Diagnostics;

namespace ActionPlan.Bench;

/// <summary>Prints, as each build stage starts, how long the one before it took and what it allocated (synchronously, unlike Progress).</summary>
internal sealed class StageClock(TextWriter output) : IProgress<ActionPlan.Build.BuildProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private ActionPlan.Build.BuildStage? _stage;
    private TimeSpan _started;
    private long _allocated;

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
                output.WriteLine($"{(_clock.Elapsed - _started).TotalMilliseconds,8:0} ms {(allocated - _allocated) / 1048576,6} MiB  {_stage}");
            }

            _stage = value;
            _started = _clock.Elapsed;
            _allocated = GC.GetTotalAllocatedBytes(precise: true);
        }
    }
}
