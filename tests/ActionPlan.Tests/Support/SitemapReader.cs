using System.Xml.Linq;

namespace ActionPlan.Tests.Support;

/// <summary>Reads a sitemap.xml into each page address and its hreflang alternates, and lists where alternates are not reciprocal.</summary>
internal static class SitemapReader
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static Dictionary<string, Dictionary<string, string>> Read(string path) =>
        XDocument.Load(path).Root!.Elements(Sitemap + "url").ToDictionary(
            u => u.Element(Sitemap + "loc")!.Value,
            u => u.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));

    /// <summary>Every way the sitemap breaks the rule: each address lists itself, and each twin it names is listed and names it back.</summary>
    public static List<string> Problems(Dictionary<string, Dictionary<string, string>> urls)
    {
        var problems = new List<string>();
        foreach (var (loc, alternates) in urls)
        {
            if (!alternates.ContainsValue(loc))
            {
                problems.Add($"{loc} does not list itself");
            }

            foreach (var (language, href) in alternates.Where(a => a.Key != "x-default"))
            {
                if (!urls.TryGetValue(href, out var other))
                {
                    problems.Add($"{loc} names {href}, which is not in the sitemap");
                }
                else if (!other.ContainsValue(loc) || other.GetValueOrDefault(language) != href)
                {
                    problems.Add($"{href} does not name {loc} back");
                }
            }
        }

        return problems;
    }
}
