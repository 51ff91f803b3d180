namespace ActionPlan.Domain;

/// <summary>What a page describes; decides which front matter fields it has and how it is shown.</summary>
public enum ContentKind
{
    /// <summary>A plain page, with only the common fields.</summary>
    Page,

    /// <summary>A project with international potential.</summary>
    Project,

    /// <summary>A method or practice others can learn from.</summary>
    BestPractice,

    /// <summary>An international network in the register.</summary>
    Network,

    /// <summary>A strategic focus area of the action plan, with its goals.</summary>
    FocusArea,

    /// <summary>A study trip, visit, conference, meeting, exchange or seminar.</summary>
    Activity,

    /// <summary>A report, with its file in one or both languages.</summary>
    Publication,

    /// <summary>A unit or role that can be contacted.</summary>
    Contact,

    /// <summary>A partner city.</summary>
    City,
}
