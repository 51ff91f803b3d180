namespace ActionPlan.Domain;

/// <summary>How far a goal has come, as assessed in a year.</summary>
public enum GoalStatus
{
    /// <summary>The goal is met.</summary>
    Achieved,

    /// <summary>Work on the goal goes on.</summary>
    InProgress,

    /// <summary>The goal was not met.</summary>
    NotAchieved,

    /// <summary>The work was moved to a later time.</summary>
    Postponed,

    /// <summary>The goal was given up.</summary>
    Dropped,

    /// <summary>The goal was changed: its aim is pursued another way.</summary>
    Changed,
}
