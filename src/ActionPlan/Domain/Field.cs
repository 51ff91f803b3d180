namespace ActionPlan.Domain;

/// <summary>
/// One front matter key, declared once: what it holds, whether it is required, whether each language writes its own
/// value (prose) or the twins share it (a fact), and how it is read and checked. What editors' tools check and show
/// is made from the declarations in Scaffolding/ and Editing/; the field types are sealed, so those can switch over them.
/// </summary>
/// <param name="key">The key editors write.</param>
/// <param name="required">True when a page must have it.</param>
/// <param name="help">What it holds, in a few words, for editors.</param>
public abstract class Field(string key, bool required, string help)
{
    /// <summary>The key editors write.</summary>
    public string Key => key;

    /// <summary>True when a page (or the mapping that holds it) must have it.</summary>
    public bool Required => required;

    /// <summary>What it holds, for editors.</summary>
    public string Help => help;

    /// <summary>True for prose, written in each language; false for a fact the twins must share.</summary>
    public virtual bool Prose => false;

    /// <summary>What editors may write, for the kinds table and the editor's hint ("planned, ongoing, completed"), or null.</summary>
    public virtual string? Values => null;

    /// <summary>The help with what editors may write, where the field says it: "where the project stands (planned, ongoing, completed)".</summary>
    public string Hint => Values is null ? Help : $"{Help} ({Values})";

    /// <summary>The field's line in a new page (<c>actionplan new</c>), with its help as a comment.</summary>
    /// <param name="year">The year of the day the page is started.</param>
    public abstract string Example(int year);

    /// <summary>Reads and checks the value; each problem is reported at its line. Null when absent or wrong.</summary>
    internal abstract object? Read(FieldReader reader, IReadOnlyList<string> languageCodes);

    /// <summary>Quotes a YAML text value.</summary>
    protected static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
