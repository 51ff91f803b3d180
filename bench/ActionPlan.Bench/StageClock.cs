using System.Diagnostics;

namespace ActionPlan.Bench;

/// <summary>Prints, as each build stage starts, how long the one before it took (synchronously, unlike Progress).</summary>
internal sealed class StageClock(TextWriter output) : IProgress<string>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string? _stage;
    private TimeSpan _started;

    public void Report(string value)
    {
        lock (_clock)
        {
            if (_stage is not null)
            {
                output.WriteLine($"{(_clock.Elapsed - _started).TotalMilliseconds,8:0} ms  {_stage}");
            }

            _stage = value;
            _started = _clock.Elapsed;
        }
    }
}
