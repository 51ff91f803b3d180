namespace ActionPlan.Rendering;

/// <summary>The newest page of a yearly series (status reports, register editions), named with its year, and the page listing the whole series.</summary>
/// <param name="Latest">The newest year's page, its title naming the year.</param>
/// <param name="All">The series' index: every year's page.</param>
public sealed record SeriesView(LinkView Latest, LinkView All);
