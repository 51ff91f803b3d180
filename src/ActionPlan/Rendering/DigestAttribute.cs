namespace ActionPlan.Rendering;

/// <summary>How the build cache takes a view's property into a page's fingerprint, where not as a value like the others.</summary>
public enum DigestAs
{
    /// <summary>Left out: what it gives is in the fingerprint another way (the theme's files, a page's address, a noted read).</summary>
    Covered,

    /// <summary>The same object on many pages: taken once per build.</summary>
    Shared,
}

/// <summary>Marks a view's property that the build cache takes into a page's fingerprint other than as a value.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DigestAttribute(DigestAs how) : Attribute
{
    /// <summary>How the property is taken.</summary>
    public DigestAs How => how;
}
