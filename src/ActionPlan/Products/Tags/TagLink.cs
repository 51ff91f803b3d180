using ActionPlan.Model;

namespace ActionPlan.Products.Tags;

/// <summary>A tag as a page shows it: its name in the page's language, its page in that language, and how many pages it has there.</summary>
/// <param name="Name">The tag's name in the page's language.</param>
/// <param name="Page">The tag's page in that language.</param>
/// <param name="Count">How many pages in that language have the tag.</param>
public sealed record TagLink(string Name, Page Page, int Count);
