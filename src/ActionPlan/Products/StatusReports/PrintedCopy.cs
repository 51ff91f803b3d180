namespace ActionPlan.Products.StatusReports;

/// <summary>The PDF a page is printed to, where the site prints it.</summary>
/// <param name="Href">The PDF's address.</param>
public sealed record PrintedCopy(string Href);
