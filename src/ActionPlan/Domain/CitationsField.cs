namespace ActionPlan.Domain;

/// <summary>
/// The sources cited under a key (<c>sources: [status-2008, { id: plan-2007, at: annex 1 }]</c>): each a publication
/// id, alone or with the place in the document. The ids are references the twins share; the places are prose.
/// </summary>
/// <param name="key">The key editors write.</param>
/// <param name="required">True when at least one source must be cited.</param>
/// <param name="help">What the sources show.</param>
public sealed class CitationsField(string key, bool required, string help) : Field<IReadOnlyList<Citation>>(key, required, help)
{
    /// <summary>A source's publication.</summary>
    public static readonly ReferenceField Id = new("id", help: "the document cited", "publication", "status-2008");

    /// <summary>Where in the publication, in the page's language.</summary>
    public static readonly TextField At = new("at", false, "where in the document (annex 1, bilag 1)", "annex 1");

    /// <summary>The fields of a source written as a mapping.</summary>
    public static IReadOnlyList<Field> Fields { get; } = [Id, At];

    /// <inheritdoc/>
    /// <remarks>A list per language, since the place is prose; the build checks that twins cite the same documents.</remarks>
    public override bool Prose => true;

    /// <summary>The same field, required or not (a kind's <c>sources:</c> is required where site.yml says so).</summary>
    public CitationsField AsRequired(bool required) => required == Required ? this : new(Key, required, Help);

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: [{{ id: status-{year}, at: annex 1 }}]   # {Help}";

    internal override IReadOnlyList<Citation> ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Citations(Key);
}
