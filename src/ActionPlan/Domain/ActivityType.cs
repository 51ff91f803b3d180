namespace ActionPlan.Domain;

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
