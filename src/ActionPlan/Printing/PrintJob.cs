namespace ActionPlan.Printing;

/// <summary>One page of the built site to print as a PDF document.</summary>
/// <param name="PageOutputPath">The page's HTML file in the output (<c>en/status/2008/index.html</c>).</param>
/// <param name="PdfOutputPath">Where its PDF goes in the output.</param>
/// <param name="Issuer">The body that issues it, in the running head.</param>
/// <param name="Year">The year it reports on, in the running foot.</param>
/// <param name="Date">The date the document carries in its metadata, so the same content gives the same file.</param>
public sealed record PrintJob(string PageOutputPath, string PdfOutputPath, string Issuer, int Year, DateOnly Date);
