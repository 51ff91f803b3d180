namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A study trip, visit, conference, meeting, exchange or seminar.</summary>
    public static readonly ContentKind Activity = new(order: 5, name: "activity", folder: "activities", description: "A study trip, visit, conference, network meeting, exchange or seminar.",
        ActivityFields.All,
        v => v.Get(ActivityFields.Type) is { } type && v.Get(ActivityFields.When) is { } when && v.Get(ActivityFields.Status) is { } status
            ? new ActivityFacts(type, when, status)
            : null)
    {
        Filtered = true,
    };
}

/// <summary>An activity's own fields.</summary>
public static class ActivityFields
{
    /// <summary>What sort of activity.</summary>
    public static readonly ChoiceField<ActivityType> Type = new("type", true, "what sort of activity", ActivityType.VisitReceived);

    /// <summary>When it took place.</summary>
    public static readonly DateField When = new("when", true, "when it took place");

    /// <summary>Whether it took place.</summary>
    public static readonly ChoiceField<ActivityStatus> Status = new("status", true, "whether it took place", ActivityStatus.Planned);

    /// <summary>The fields, in the order editors see them.</summary>
    public static IReadOnlyList<Field> All { get; } = [Type, When, Status];
}

/// <summary>The sorts of international activity the register of activities distinguishes.</summary>
public enum ActivityType
{
    /// <summary>A study trip abroad.</summary>
    StudyTrip,

    /// <summary>A visit from abroad received in Copenhagen.</summary>
    VisitReceived,

    /// <summary>A visit made abroad.</summary>
    VisitMade,

    /// <summary>A conference.</summary>
    Conference,

    /// <summary>A meeting of a network.</summary>
    NetworkMeeting,

    /// <summary>An exchange of staff or students.</summary>
    Exchange,

    /// <summary>A seminar, course or briefing.</summary>
    Seminar,

    /// <summary>Anything else the record lists (preparing a trip, an open day).</summary>
    Other,
}

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

/// <summary>An activity.</summary>
/// <param name="Type">Study trip, visit, conference and so on.</param>
/// <param name="When">When it took place (year, month or day).</param>
/// <param name="Status">Whether it was held.</param>
public sealed record ActivityFacts(ActivityType Type, PartialDate When, ActivityStatus Status) : KindFacts
{
    /// <inheritdoc/>
    public override PartialDate? Date => When;

    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Activity;
}
