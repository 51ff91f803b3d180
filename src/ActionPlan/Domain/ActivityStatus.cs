namespace ActionPlan.Domain;

/// <summary>Whether an activity took place.</summary>
public enum ActivityStatus
{
    /// <summary>Planned, not yet held.</summary>
    Planned,

    /// <summary>Held as planned.</summary>
    Held,

    /// <summary>Moved to a later time.</summary>
    Postponed,

    /// <summary>Called off.</summary>
    Cancelled,
}
