namespace ActionPlan.Domain;

/// <summary>A field whose value has a type: a kind reads it by its handle (<c>values.Get(When)</c>), never by its key.</summary>
/// <typeparam name="T">The value read (nullable where the field may be absent or wrong).</typeparam>
public abstract class Field<T>(string key, bool required, string help) : Field(key, required, help)
{
    /// <summary>Reads and checks the value; each problem is reported at its line.</summary>
    internal abstract T ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes);

    /// <summary>Reads the value from a mapping of its own (a page's settings), where no fact is recorded; each problem is reported at its line.</summary>
    internal T ReadFrom(Yaml.YamlMap map, IReadOnlyList<string> languageCodes) => ReadValue(new FieldReader(map, new FieldReader.Sheet()), languageCodes);

    internal sealed override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes) => ReadValue(reader, languageCodes);
}
