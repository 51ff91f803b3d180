using System.Globalization;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Loading;
using ActionPlan.Rendering;

namespace ActionPlan.Scaffolding;

/// <summary>
/// Starts a new page in every language at once: the twins, with the kind's front matter filled in with
/// values that pass the checks, marked as a draft, and placeholders for the prose. Never overwrites a file.
/// </summary>
public static class PageScaffolder
{
    /// <summary>Writes the twins (and the section's own pages when the section is new); returns the paths written, relative to the site folder, or null (with a diagnostic) when it cannot.</summary>
    /// <param name="siteDirectory">The site folder.</param>
    /// <param name="config">The site's configuration.</param>
    /// <param name="kindName">The kind as editors write it (<c>project</c>, <c>network</c>, ...).</param>
    /// <param name="title">The title, which also gives the file name.</param>
    /// <param name="today">The date written into the new pages.</param>
    /// <param name="texts">The theme's interface texts per language: each file's notes are written in its own language.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static IReadOnlyList<string>? Create(
        string siteDirectory, SiteConfig config, string kindName, string title, DateOnly today, IReadOnlyDictionary<string, UiStrings> texts, DiagnosticBag diagnostics)
    {
        if (ContentKind.Parse(kindName) is not { } kind)
        {
            diagnostics.Error("usage", kindName, 0, 0, $"there is no kind '{kindName}'; use one of: {string.Join(", ", ContentKind.Names)}.");
            return null;
        }

        var name = Slug.From(title);
        if (name.Length == 0)
        {
            diagnostics.Error("usage", title, 0, 0, "the title needs letters or digits to make a file name from.");
            return null;
        }

        var folder = kind.Folder;
        var relative = config.Languages.Select(l => string.Join('/', new[] { ContentScanner.ContentFolder, folder, $"{name}.{l.Code}.md" }.Where(p => p.Length > 0))).ToList();
        var existing = relative.Where(r => File.Exists(Path.Combine(siteDirectory, r))).ToList();
        if (existing.Count > 0)
        {
            foreach (var path in existing)
            {
                diagnostics.Error("exists", path, 0, 0, "this file already exists and is left as it is; choose another title or edit the file.");
            }

            return null;
        }

        var written = new List<string>();
        foreach (var (language, path) in config.Languages.Zip(relative))
        {
            // A page needs its section's own page; start that too when the section is new.
            var index = $"{ContentScanner.ContentFolder}/{folder}/{SourceFile.IndexName}.{language.Code}.md";
            if (folder.Length > 0 && !File.Exists(Path.Combine(siteDirectory, index)))
            {
                var heading = char.ToUpperInvariant(folder[0]) + folder[1..].Replace('-', ' ');
                Write(siteDirectory, index, $"---\ntitle: \"{heading}\"   # {texts[language.Code]["new_section_title"]}\n---\n");
                written.Add(index);
            }

            Write(siteDirectory, path, Text(kind, config, title, texts[language.Code], language == config.DefaultLanguage, today));
            written.Add(path);
        }

        return written;
    }

    /// <summary>Writes a new file; never one that exists.</summary>
    internal static void Write(string siteDirectory, string path, string text)
    {
        var full = Path.Combine(siteDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);

        // CreateNew: even a file that appeared since the checks is never overwritten.
        using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        writer.Write(text);
    }

    private static string Text(ContentKind kind, SiteConfig config, string title, UiStrings texts, bool isDefault, DateOnly today)
    {
        var quoted = title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        var lines = new List<string>
        {
            "---",
            isDefault ? $"{PageFields.Title.Key}: \"{quoted}\"" : $"{PageFields.Title.Key}: \"{quoted}\"   # {texts["new_page_translate_title"]}",
            $"{PageFields.Summary.Key}: \"{texts["new_page_summary"]}\"",
            $"{PageFields.Date.Key}: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            $"{PageFields.Draft.Key}: true   # {texts["new_page_draft"]}",
        };
        lines.AddRange(KindLines(kind, config, today.Year));
        lines.Add("---");
        lines.Add(texts["new_page_body"]);
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The kind's fields as its schema declares them: required ones filled in, optional ones commented out.</summary>
    private static IEnumerable<string> KindLines(ContentKind kind, SiteConfig config, int year)
    {
        foreach (var field in kind.Fields)
        {
            foreach (var line in field.Example(year).Split('\n'))
            {
                yield return field.Required ? line : "# " + line;
            }
        }

        foreach (var list in ContentKind.ReferenceLists)
        {
            yield return "# " + list.Example(year);
        }

        var sources = $"{KindBinder.Sources.Key}: []   # the documents its facts come from, e.g. [{{ id: status-2008, at: annex 1 }}]";
        yield return config.SourcesRequired.Contains(kind) ? sources : "# " + sources;

        // Commented out: an 'as_of' of the day the page is started would date facts that hold for an earlier time.
        foreach (var field in KindBinder.CommonFields)
        {
            yield return "# " + field.Example(year);
        }
    }
}
