namespace ActionPlan.Checking;

/// <summary>An address a published build held, with what held it, as kept beside the output for the next build to compare.</summary>
/// <param name="UrlPath">The address below the base URL (<c>en/projects/berlin/</c>).</param>
/// <param name="Source">The written page's file, or for a page the build made, the file of the page it sits under ('' when none).</param>
/// <param name="LanguageCode">The page's language.</param>
/// <param name="Title">A written page's title ('' for a made page), to find the page again when its file was renamed by hand.</param>
/// <param name="Made">True for a yearly page the build made (a register edition, a timeline, a status report).</param>
public sealed record PublishedAddress(string UrlPath, string Source, string LanguageCode, string Title, bool Made);
