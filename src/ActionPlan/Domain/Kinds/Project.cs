namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A project with international potential.</summary>
    public static readonly ContentKind Project = new(order: 1, name: "project", folder: "projects", description: "A project with international potential.",
        ProjectFields.All,
        v => new ProjectFacts(v.Get(ProjectFields.Status), v.Get(ProjectFields.Started)))
    {
        ReferenceKey = "projects", Filtered = true,
    };
}

/// <summary>A project's own fields.</summary>
public static class ProjectFields
{
    /// <summary>Where the project stands.</summary>
    public static readonly ChoiceField<ProjectStatus> Status = new("status", false, "where the project stands", ProjectStatus.Ongoing);

    /// <summary>When it started.</summary>
    public static readonly DateField Started = new("started", false, "when it started");

    /// <summary>The fields, in the order editors see them.</summary>
    public static IReadOnlyList<Field> All { get; } = [Status, Started];
}

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

/// <summary>A project.</summary>
/// <param name="Status">Planned, ongoing or completed, where given.</param>
/// <param name="Started">When it started, where given.</param>
public sealed record ProjectFacts(ProjectStatus? Status, PartialDate? Started) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Project;
}
