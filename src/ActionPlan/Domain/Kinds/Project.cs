namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A project with international potential.</summary>
    public static readonly ContentKind Project = new(order: 1, name: "project", folder: "projects", description: "A project with international potential.",
        [
            new ChoiceField<ProjectStatus>("status", false, "where the project stands", ProjectStatus.Ongoing),
            new DateField("started", false, "when it started"),
        ],
        v => new ProjectFacts(v.Choice<ProjectStatus>("status"), v.Get<PartialDate>("started")))
    {
        ReferenceKey = "projects", Filtered = true,
    };
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
