namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A method or practice others can learn from.</summary>
    public static readonly ContentKind BestPractice = new(order: 2, name: "best-practice", folder: "best-practice", description: "A method or practice others can learn from.", [], _ => new BestPracticeFacts())
    {
        ReferenceKey = "best_practice", Filtered = true,
    };
}

/// <summary>A best practice.</summary>
public sealed record BestPracticeFacts : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.BestPractice;
}
