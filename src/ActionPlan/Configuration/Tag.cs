namespace ActionPlan.Configuration;

/// <summary>A tag declared once in site.yml (<c>tags: { child-poverty: { en: Child poverty, da: Børnefattigdom } }</c>), which pages name by its id.</summary>
/// <param name="Id">The id pages write (<c>tags: [child-poverty]</c>), also the last part of the tag page's address.</param>
/// <param name="Names">Its name in each language.</param>
public sealed record Tag(string Id, LocalizedText Names);
