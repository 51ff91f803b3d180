using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Model;

namespace ActionPlan.Checking;

/// <summary>
/// Warns when a build would drop an address the previous published build had: a written page's, or a yearly made
/// page's (a register edition, a timeline, a status report). Listings' later pages and filtered listings come and go
/// with the content and are not compared. The addresses are kept in a file beside the output, written when a build
/// publishes; without it (a first build, or an output made elsewhere) nothing is compared.
/// </summary>
public static class DroppedAddressChecker
{
    /// <summary>The name of the record beside the output folder (<c>.output.addresses</c>).</summary>
    public const string RecordName = "addresses";

    /// <summary>The code of its warnings (written out where they are given, as every code is).</summary>
    public const string Code = "dropped-address";

    /// <summary>The record's path beside an output folder.</summary>
    public static string RecordOf(string outputDirectory) => Output.StagingFolder.Beside(outputDirectory, RecordName);

    /// <summary>The addresses a build publishes that the next build must keep or be told about, in address order.</summary>
    public static IReadOnlyList<PublishedAddress> AddressesOf(Site site) =>
        site.Written.Select(p => new PublishedAddress(p.UrlPath, p.Source.Path, p.Language.Code, p.Title, Made: false))
            .Concat(site.Made.Where(p => p.Year is not null && p.Role != PageRole.Paged && p.Facet is null)
                .Select(p => new PublishedAddress(p.UrlPath, WrittenAbove(p)?.Source.Path ?? "", p.Language.Code, "", Made: true)))
            .OrderBy(a => a.UrlPath, StringComparer.Ordinal)
            .ToList();

    /// <summary>The nearest written page a made page sits under (a register edition: the networks section page).</summary>
    private static Page? WrittenAbove(Page made)
    {
        var parent = made.Parent;
        while (parent is { IsWritten: false })
        {
            parent = parent.Parent;
        }

        return parent;
    }

    /// <summary>Reports each address of <paramref name="previous"/> that no file of this build (<paramref name="files"/>, output paths) keeps.</summary>
    public static void Check(IReadOnlyList<PublishedAddress> previous, Site site, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        foreach (var dropped in previous.Where(a => !files.Contains(SiteUrls.FileOf(a.UrlPath))))
        {
            var fix = $"aliases: [{dropped.UrlPath}]";
            if (dropped.Made)
            {
                var parent = dropped.Source.Length > 0 ? dropped.Source : Configuration.SiteConfigReader.FileName;
                diagnostics.Warning("dropped-address", parent, dropped.Source.Length > 0 ? 1 : 0, dropped.Source.Length > 0 ? 1 : 0,
                    $"the last build published /{dropped.UrlPath}, a page the build made, and this build no longer makes it, so links to it will fail: if the year should stay, restore what made it; else keep the address with '{fix}' in {parent}.");
                continue;
            }

            // The same file under another slug, else the page with the same title in the same language (renamed by hand).
            var now = site.Written.FirstOrDefault(p => p.Source.Path == dropped.Source)
                      ?? (site.Written.Where(p => p.Language.Code == dropped.LanguageCode && p.Title == dropped.Title).ToList() is [var only] ? only : null);
            if (now is null)
            {
                diagnostics.Warning("dropped-address", dropped.Source, 0, 0,
                    $"the last build published this page at /{dropped.UrlPath}, and the file is gone, so links and bookmarks to it will fail: if another page replaces it, write '{fix}' in that page's front matter (actionplan move does this for you); if it is meant to go, there is nothing to do.");
                continue;
            }

            var line = now.Source.Path == dropped.Source && now.FrontMatter.Lines.ContainsKey(PageFields.Slug.Key) ? now.FrontMatter.LineOf(PageFields.Slug.Key) : 1;
            diagnostics.Warning("dropped-address", now.Source.Path, line, 1,
                $"the last build published this page at /{dropped.UrlPath}, and this build moves it to /{now.UrlPath}, so links and bookmarks to the old address will fail: keep it with '{fix}' in {now.Source.Path} (actionplan move does this for you).");
        }
    }

    /// <summary>The record beside an output folder, or empty when there is none or no output beside it.</summary>
    public static IReadOnlyList<PublishedAddress> Read(string outputDirectory)
    {
        var record = RecordOf(outputDirectory);
        if (!Directory.Exists(outputDirectory) || !File.Exists(record))
        {
            return [];
        }

        return File.ReadAllLines(record)
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 5)
            .Select(f => new PublishedAddress(f[0], f[1], f[2], f[3], f[4] == "made"))
            .ToList();
    }

    /// <summary>Writes the record of a published build beside its output folder.</summary>
    public static void Write(string outputDirectory, IReadOnlyList<PublishedAddress> addresses)
    {
        static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        File.WriteAllLines(RecordOf(outputDirectory),
            addresses.Select(a => string.Join('\t', Clean(a.UrlPath), Clean(a.Source), a.LanguageCode, Clean(a.Title), a.Made ? "made" : "written")));
    }
}
