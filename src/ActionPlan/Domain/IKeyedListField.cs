namespace ActionPlan.Domain;

/// <summary>
/// A field whose value is a list of mappings, each with the fields of <see cref="IGroupField.Fields"/> and known by
/// one of them (a goal by its id, an assessment by its year), so twins are compared element by element.
/// </summary>
public interface IKeyedListField : IGroupField
{
    /// <summary>The field that tells the elements apart, the same in every language.</summary>
    Field ItemKey { get; }

    /// <summary>The field that, after the key, names an element in a list of them (a goal's text, an assessment's status).</summary>
    Field ItemLabel { get; }
}
