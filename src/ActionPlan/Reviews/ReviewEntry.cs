namespace ActionPlan.Reviews;

/// <summary>A page (with its twins) that is to be reviewed by a day, and who owns it.</summary>
/// <param name="Path">The source file of the page in the default language (else its first language), from the site folder.</param>
/// <param name="Title">The page's title in that language.</param>
/// <param name="Owner">The id of the contact who owns it, or null when it names none.</param>
/// <param name="OwnerTitle">The owner's title, or null.</param>
/// <param name="Due">The day by which it is to be reviewed.</param>
/// <param name="PastDue">True when the day has passed.</param>
public sealed record ReviewEntry(string Path, string Title, string? Owner, string? OwnerTitle, DateOnly Due, bool PastDue);
