using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace ActionPlan.Tests.Support;

/// <summary>
/// Reads an Atom feed as a feed reader must (well-formed XML, or it fails) and lists what RFC 4287 requires that it
/// lacks: the feed's id, title, updated and author (or each entry's), each entry's id, title, updated and link, time
/// stamps in RFC 3339 form, ids unique.
/// </summary>
internal sealed class AtomFeed
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private AtomFeed(XElement root) => Root = root;

    /// <summary>The <c>feed</c> element.</summary>
    public XElement Root { get; }

    /// <summary>The entries, in the order written.</summary>
    public IReadOnlyList<XElement> Entries => Root.Elements(Atom + "entry").ToList();

    /// <summary>Parses a feed file; malformed XML throws, as it would stop a reader.</summary>
    public static AtomFeed Read(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return new AtomFeed(XDocument.Load(reader).Root!);
    }

    /// <summary>The entry's text of a child element, or null.</summary>
    public static string? Text(XElement element, string name) => element.Element(Atom + name)?.Value;

    /// <summary>A time stamp as Atom writes it, read back.</summary>
    public static DateTimeOffset Stamp(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>What the feed lacks or gets wrong, one line each; empty for a valid feed.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Root.Name != Atom + "feed")
        {
            problems.Add($"the root is {Root.Name}, not an Atom feed");
        }

        void Require(XElement element, string what, params string[] names)
        {
            foreach (var name in names)
            {
                if (string.IsNullOrWhiteSpace(Text(element, name)))
                {
                    problems.Add($"{what} has no {name}");
                }
            }

            if (Text(element, "updated") is { } updated && !IsStamp(updated))
            {
                problems.Add($"{what}'s updated '{updated}' is not an RFC 3339 time stamp");
            }

            if (Text(element, "published") is { } published && !IsStamp(published))
            {
                problems.Add($"{what}'s published '{published}' is not an RFC 3339 time stamp");
            }
        }

        Require(Root, "the feed", "id", "title", "updated");
        var entries = Entries;
        if (Root.Element(Atom + "author")?.Element(Atom + "name") is null && entries.Any(e => e.Element(Atom + "author") is null))
        {
            problems.Add("the feed has no author, and not every entry has one");
        }

        foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
        {
            Require(entry, $"entry {i + 1}", "id", "title", "updated");
            if (entry.Elements(Atom + "link").All(l => string.IsNullOrEmpty(l.Attribute("href")?.Value)))
            {
                problems.Add($"entry {i + 1} has no link");
            }
        }

        problems.AddRange(entries.Select(e => Text(e, "id")).GroupBy(id => id).Where(g => g.Count() > 1).Select(g => $"the id {g.Key} is used {g.Count()} times"));
        return problems;
    }

    private static bool IsStamp(string text) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
