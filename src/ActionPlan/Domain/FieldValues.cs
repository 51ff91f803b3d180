namespace ActionPlan.Domain;

/// <summary>The values a page's fields were read into, for the kind to build its facts from, each taken by its field's handle.</summary>
public sealed class FieldValues
{
    private readonly Dictionary<Field, object?> _values = [];
    private readonly FieldReader _reader;

    internal FieldValues(FieldReader reader) => _reader = reader;

    internal void Set(Field field, object? value) => _values[field] = value;

    /// <summary>A field's value, or the type's default (null) when it is absent or was wrong (the error is reported).</summary>
    public T Get<T>(Field<T> field) => _values.TryGetValue(field, out var value) && value is T typed ? typed : default!;

    /// <summary>Reports a problem that needs more than one field to see (an issue date outside the year); the field's value is then unknown.</summary>
    public void Fail(Field field, string code, string message) => _reader.Fail(field.Key, code, message);
}
