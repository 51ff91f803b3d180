namespace ActionPlan.Domain;

/// <summary>
/// That what a page describes has ended (an office closed, a network left, a project over): the year, the documents
/// that say so, and an optional note in the page's language. The year and the sources are facts the twins share.
/// </summary>
/// <param name="Year">The year it ended.</param>
/// <param name="Citations">The documents that say it ended (at least one).</param>
/// <param name="Note">The page's own words for the history note (prose), or null for the theme's.</param>
public sealed record Ending(int Year, IReadOnlyList<Citation> Citations, string? Note);
