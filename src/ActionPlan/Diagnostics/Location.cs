namespace ActionPlan.Diagnostics;

/// <summary>A place in a file of the site: relative path ('/'-separated), one-based line and column (0 when unknown).</summary>
public sealed record Location(string File, int Line, int Column)
{
    /// <summary>The editor-facing form: <c>file:line:column</c>, leaving out what is unknown.</summary>
    public override string ToString() => Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
}
