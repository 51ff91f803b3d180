using System.Collections.Concurrent;
using System.Text;

namespace ActionPlan.Rendering;

/// <summary>
/// Builders for page text, reused from page to page: a page's HTML grows its builder once, and later pages write
/// into the room already there instead of allocating it again (a large part of a build's allocations otherwise).
/// </summary>
internal static class TextBuffers
{
    // Builders that grew past this (a huge listing) are let go rather than kept for good.
    private const int KeepUpTo = 1 << 20;
    private static readonly ConcurrentBag<StringBuilder> Free = [];

    /// <summary>Runs <paramref name="write"/> on a writer over a reused builder and returns what it wrote.</summary>
    public static async Task<string> WriteAsync(Func<TextWriter, Task> write)
    {
        var builder = Free.TryTake(out var kept) ? kept : new StringBuilder(16 * 1024);
        try
        {
            using var writer = new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture);
            await write(writer);
            return builder.ToString();
        }
        finally
        {
            if (builder.Capacity <= KeepUpTo)
            {
                builder.Clear();
                Free.Add(builder);
            }
        }
    }

    /// <summary>Runs <paramref name="write"/> on a writer over a reused builder and returns what it wrote.</summary>
    public static string Write(Action<TextWriter> write) =>
        WriteAsync(writer =>
        {
            write(writer);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
}
