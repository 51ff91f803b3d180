namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A strategic focus area of the action plan, with its goals.</summary>
    public static readonly ContentKind FocusArea = new(order: 4, name: "focus-area", folder: "focus-areas", description: "A strategic focus area of the action plan, with its goals and their status.",
        FocusAreaFields.All,
        v => v.Get(FocusAreaFields.Number) is { } number && v.Get(FocusAreaFields.Office) is { } office && v.Get(FocusAreaFields.Aims) is { Count: > 0 } aims
             && v.Get(FocusAreaFields.Goals) is { } goals
            ? new FocusAreaFacts(number, office, aims, v.Get(FocusAreaFields.Objectives) ?? [], goals) { Plan = v.Get(FocusAreaFields.Plan) }
            : null)
    {
        ReferenceKey = "focus_areas", Facet = true,
    };

    /// <summary>The focus area's key for the plan it belongs to.</summary>
    internal const string PlanKey = "plan";
}

/// <summary>A focus area's own fields.</summary>
public static class FocusAreaFields
{
    /// <summary>Its number in the action plan.</summary>
    public static readonly NumberField Number = new("number", true, "its number in the action plan", 1, 99, 13);

    /// <summary>The responsible office.</summary>
    public static readonly ReferenceField Office = new("office", help: "the responsible office", "contact", "project-office");

    /// <summary>The action plan it belongs to.</summary>
    public static readonly ReferenceField Plan = new(ContentKind.PlanKey, help: "the action plan it belongs to (a publication with 'period:')", "publication", "action-plan-2007-2009", required: false);

    /// <summary>The city's aims it serves.</summary>
    public static readonly ChoicesField<CityAim> Aims = new("aims", true, "the city's international aims it serves", CityAim.Learning);

    /// <summary>The administration's objectives it serves.</summary>
    public static readonly NumbersField Objectives = new("objectives", false, "the administration's objectives it serves", 1, 6, 5);

    /// <summary>Its goals.</summary>
    public static readonly GoalsField Goals = new();

    /// <summary>The fields, in the order editors see them.</summary>
    public static IReadOnlyList<Field> All { get; } = [Number, Office, Plan, Aims, Objectives, Goals];
}

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

/// <summary>A strategic focus area.</summary>
/// <param name="Number">Its number in the action plan (1-12).</param>
/// <param name="Office">The id of the responsible office (a contact).</param>
/// <param name="Aims">The city aims it serves.</param>
/// <param name="Objectives">The administration's objectives (1-6) it serves.</param>
/// <param name="Goals">Its goals, in order.</param>
public sealed record FocusAreaFacts(int Number, string Office, IReadOnlyList<CityAim> Aims, IReadOnlyList<int> Objectives, IReadOnlyList<Goal> Goals) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.FocusArea;

    /// <inheritdoc/>
    public override IEnumerable<string?> Prose => Goals.SelectMany(g => g.Assessments.Select(a => a.Reason).Prepend(g.Text));
}
