namespace ActionPlan.Domain;

/// <summary>Where a project stands.</summary>
public enum ProjectStatus
{
    /// <summary>Not started.</summary>
    Planned,

    /// <summary>Running.</summary>
    Ongoing,

    /// <summary>Finished.</summary>
    Completed,
}
