using System.Collections.Concurrent;

namespace ActionPlan.Checking;

/// <summary>
/// Keeps each page's parsed ids and links between builds, keyed by its path and its HTML, so a preview
/// rebuild parses only the pages that changed.
/// </summary>
public sealed class LinkScanCache
{
    private readonly ConcurrentDictionary<string, (string Html, PageScan Scan)> _scans = new(StringComparer.Ordinal);

    internal PageScan GetOrScan(string path, string html, Func<string, PageScan> scan)
    {
        if (_scans.TryGetValue(path, out var kept) && string.Equals(kept.Html, html, StringComparison.Ordinal))
        {
            return kept.Scan;
        }

        var fresh = scan(html);
        _scans[path] = (html, fresh);
        return fresh;
    }
}
