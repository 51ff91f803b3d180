using ActionPlan.Configuration;
using ActionPlan.Loading;
using ActionPlan.Markup;

namespace ActionPlan.Model;

/// <summary>A page of the site in one language, placed at its URL.</summary>
/// <param name="Parsed">The source with its front matter.</param>
/// <param name="Markdown">The parsed body.</param>
/// <param name="Language">The page's language.</param>
/// <param name="Role">Home, section or regular page.</param>
/// <param name="UrlPath">The path below the base URL, ending in '/', not escaped (e.g. <c>da/projekter/familien-i-centrum/</c>).</param>
public sealed record Page(ParsedSource Parsed, ParsedMarkdown Markdown, Language Language, PageRole Role, string UrlPath)
{
    /// <summary>The id other pages use to refer to this one: its file name (the same for both twins).</summary>
    public string Id => Source.Name;

    /// <summary>What the page describes.</summary>
    public Domain.ContentKind Kind => Parsed.FrontMatter.Kind;

    /// <summary>The source file.</summary>
    public SourceFile Source => Parsed.Source;

    /// <summary>The front matter.</summary>
    public PageFrontMatter FrontMatter => Parsed.FrontMatter;

    /// <summary>The title.</summary>
    public string Title => Parsed.FrontMatter.Title;

    /// <summary>The top-level content folder ('' for pages at the content root).</summary>
    public string Section => Source.Folder.Split('/')[0];

    /// <summary>The file written, relative to the output folder.</summary>
    public string OutputPath => UrlPath + "index.html";
}
