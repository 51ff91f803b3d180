namespace ActionPlan.Domain;

/// <summary>
/// A front matter value that is not prose (a status, date, number, id or reference), which must be the same
/// in every language: its full path (<c>goals[2].assessments[2008].status</c>: goals by id, assessments by
/// year), its value as text, and its file position.
/// </summary>
public sealed record Fact(string Path, string Value, int Line, int Column)
{
    /// <summary>True for an element of a keyed list (<c>goals[2]</c>), whose value is its key.</summary>
    public bool IsElement => Path.EndsWith(']');

    /// <summary>The list an element belongs to (<c>goals</c> for <c>goals[2]</c>), or null for a plain value.</summary>
    public string? List => IsElement ? Path[..Path.LastIndexOf('[')] : null;

    /// <summary>True when <paramref name="path"/> is this fact's path or lies below it.</summary>
    public static bool IsWithin(string path, string ancestor) =>
        path == ancestor || (path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] is '.' or '[');
}
