namespace ActionPlan.Domain;

/// <summary>A field whose value is a mapping of fields of its own (<c>ended: { year, sources, note }</c>).</summary>
public interface IGroupField
{
    /// <summary>The fields the mapping may have, in the order editors see them.</summary>
    IReadOnlyList<Field> Fields { get; }
}
