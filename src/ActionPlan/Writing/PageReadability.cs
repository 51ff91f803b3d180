namespace ActionPlan.Writing;

/// <summary>How readable one page is, from the sentences in its own language.</summary>
/// <param name="File">The page's file, relative to the site folder.</param>
/// <param name="Language">The code of the page's language.</param>
/// <param name="Title">The page's title.</param>
/// <param name="UrlPath">The page's address below the base path (<c>en/projects/x/</c>).</param>
/// <param name="Figures">Its words, sentences and LIX.</param>
public sealed record PageReadability(string File, string Language, string Title, string UrlPath, ReadabilityFigures Figures);
