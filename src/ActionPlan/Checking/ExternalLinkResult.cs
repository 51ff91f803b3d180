namespace ActionPlan.Checking;

/// <summary>The outcome for one external address: whether it works, the final HTTP status (0 when none came), and why not.</summary>
public sealed record ExternalLinkResult(string Url, bool Ok, int Status, string? Problem, bool FromCache);
