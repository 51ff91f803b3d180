using System.Globalization;
using System.Text;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;

namespace ActionPlan.Model;

/// <summary>
/// Every tag a page names must be declared in site.yml. One error per distinct undeclared id, at its first place, naming
/// how many pages use it and where else: a site moved from another generator, whose pages name tags by their text, gets
/// a line per tag, not one per page, with the declaration to add.
/// </summary>
internal static class TagChecker
{
    /// <summary>How many further places an error names before it counts the rest.</summary>
    private const int PlacesNamed = 3;

    /// <summary>Checks every page's tags; returns the fields (per source file) that name an undeclared tag, which twins are then not compared on.</summary>
    public static IReadOnlySet<(string File, string Field)> Check(SiteConfig config, IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var broken = new HashSet<(string, string)>();
        var declared = config.Tags.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var undeclared = pages
            .OrderBy(p => p.Source.Path, StringComparer.Ordinal)
            .SelectMany(p => p.FrontMatter.Facts.Tags.Where(t => !declared.Contains(t.Id)).Select(t => (Page: p, Tag: t)))
            .ToList();
        var pagesWith = undeclared.GroupBy(u => (u.Page.Language.Code, u.Tag.Id))
            .ToDictionary(g => g.Key, g => g.Select(u => u.Page.Key).ToHashSet(StringComparer.Ordinal));
        foreach (var uses in undeclared.GroupBy(u => u.Tag.Id, StringComparer.Ordinal))
        {
            var places = uses.OrderBy(u => u.Page.Source.Path, StringComparer.Ordinal).ThenBy(u => u.Tag.Line).ToList();
            foreach (var (page, _) in places)
            {
                broken.Add((page.Source.Path, KindBinder.TagsKey));
            }

            var (first, tag) = places[0];
            var names = config.Languages.ToDictionary(l => l, l => l == first.Language ? tag.Id : Partner(pagesWith, tag.Id, first.Language, l));
            diagnostics.Error("tag", first.Source.Path, tag.Line, tag.Column, Message(config, tag.Id, names, places.Skip(1).Select(p => $"{p.Page.Source.Path}:{p.Tag.Line}").ToList()));
        }

        return broken;
    }

    /// <summary>
    /// The text the pages of another language give a tag that is not declared: the one text named on exactly the twins of
    /// the pages that name this one, and on no other page; null where no text, or more than one, fits so.
    /// </summary>
    private static string? Partner(Dictionary<(string Language, string Text), HashSet<string>> pagesWith, string text, Language from, Language to)
    {
        if (!pagesWith.TryGetValue((from.Code, text), out var twins))
        {
            return null;
        }

        var fitting = pagesWith.Where(e => e.Key.Language == to.Code && e.Value.SetEquals(twins)).Select(e => e.Key.Text).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    private static string Message(SiteConfig config, string id, IReadOnlyDictionary<Language, string?> namesIn, IReadOnlyList<string> elsewhere)
    {
        var also = elsewhere.Count == 0 ? ""
            : elsewhere.Count <= PlacesNamed ? $" It is also named in {string.Join(", ", elsewhere)}."
            : string.Create(CultureInfo.InvariantCulture, $" It is also named in {string.Join(", ", elsewhere.Take(PlacesNamed))} and {elsewhere.Count - PlacesNamed:N0} more places.");
        var named = config.Tags.FirstOrDefault(t => t.Names.Values.Values.Any(n => string.Equals(n, id, StringComparison.OrdinalIgnoreCase)));
        if (named is not null)
        {
            return $"'{KindBinder.TagsKey}' names '{id}', the name of the tag '{named.Id}': pages name a tag by its id, so write '{named.Id}'.{also}";
        }

        if (config.Tags.Count > 0 && Suggestions.Nearest(id, config.Tags.Select(t => t.Id), 3) is { Count: > 0 } near)
        {
            return $"'{KindBinder.TagsKey}' names '{id}', but site.yml declares no tag with that id. Did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?{also}";
        }

        // A tag of a site moved from another generator is its text: the declaration to add, with an id made from it.
        // A tag's twins' texts in the other languages are its names there, where the pages show which they are.
        var suggested = IdFor(namesIn[config.DefaultLanguage] ?? id);
        var names = string.Join(", ", config.Languages.Select(l => $"{l.Code}: {(namesIn[l] is { } name ? Quoted(name) : "...")}"));
        var rename = suggested == id ? "" : $", and name it by its id on the pages in every language (tags: [{suggested}])";
        var what = config.Tags.Count == 0 ? "site.yml declares no tags" : "site.yml declares no tag with that id";
        return $"'{KindBinder.TagsKey}' names '{id}', but {what}: declare each tag once with its name in every language, under tags: in site.yml ({suggested}: {{ {names} }}){rename}.{also}";
    }

    /// <summary>An id made from a tag's text: lower case, with '-' between its words.</summary>
    private static string IdFor(string text)
    {
        var id = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            id.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        var made = string.Join('-', id.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return made.Length > 0 && UrlName.IsValid(made) ? made : "a-tag";
    }

    private static string Quoted(string text) => text.Any(c => c is ':' or '#' or ',' or '{' or '}' or '[' or ']' or '"' or '\'')
        ? "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
        : text;
}
