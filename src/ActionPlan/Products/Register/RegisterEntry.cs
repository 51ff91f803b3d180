using ActionPlan.Domain;
using ActionPlan.Model;

namespace ActionPlan.Products.Register;

/// <summary>A network in a register edition, with its contact unit's page (null when it has none in the language).</summary>
public sealed record RegisterEntry(Page Network, NetworkFacts Facts, Page? Contact);
