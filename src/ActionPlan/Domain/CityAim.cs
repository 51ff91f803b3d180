namespace ActionPlan.Domain;

/// <summary>The City of Copenhagen's three international aims.</summary>
public enum CityAim
{
    /// <summary>The learning city: knowledge and experience shared with other cities.</summary>
    Learning,

    /// <summary>The influential city: Copenhagen's interests in European bodies and alliances.</summary>
    Influential,

    /// <summary>The growing city: Copenhagen profiled as a safe city marked by welfare.</summary>
    Growing,
}
