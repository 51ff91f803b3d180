using ActionPlan.Configuration;
using ActionPlan.Domain;

namespace ActionPlan.Model;

/// <summary>
/// What one page's layouts read of the site beyond the values of their view: the pages whose data they read (through
/// <see cref="Page"/>'s properties, which note each read here) and the pages they looked up by id. A page's rendering
/// is a function of its view and of these, so the build cache keeps a page whose view and reads are all unchanged.
/// Reads are noted on the logical thread that started the recording, through its awaits.
/// </summary>
public sealed class PageReads
{
    private static readonly AsyncLocal<PageReads?> Current = new();

    // One page's layouts run on one logical thread at a time, so the sets need no lock.
    private readonly HashSet<Page> _fronts = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Page> _bodies = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(ContentKind Kind, string Id, string Language), Page?> _lookups = [];

    /// <summary>The pages whose front matter or place (parent, facet, listed pages) was read.</summary>
    public IReadOnlyCollection<Page> Fronts => _fronts;

    /// <summary>The pages whose source or body was read: their whole file.</summary>
    public IReadOnlyCollection<Page> Bodies => _bodies;

    /// <summary>The pages looked up by kind, id and language, with what was found.</summary>
    public IReadOnlyDictionary<(ContentKind Kind, string Id, string Language), Page?> Lookups => _lookups;

    /// <summary>Notes reads in <paramref name="reads"/> (none, if null) on this logical thread until the returned scope is disposed.</summary>
    public static Scope Record(PageReads? reads)
    {
        var previous = Current.Value;
        Current.Value = reads;
        return new Scope(previous);
    }

    /// <summary>Notes that the page's front matter or place was read, when reads are being noted.</summary>
    internal static void Front(Page page) => Current.Value?._fronts.Add(page);

    /// <summary>Notes that the page's source or body was read, when reads are being noted.</summary>
    internal static void Body(Page page) => Current.Value?._bodies.Add(page);

    /// <summary>A page found by kind and id, noted as looked up (found or not) when reads are being noted.</summary>
    public static Page? Found(ContentKind kind, string id, Language language, Page? found)
    {
        if (Current.Value is { } reads)
        {
            reads._lookups[(kind, id, language.Code)] = found;
        }

        return found;
    }

    /// <summary>Ends a recording, restoring the one around it.</summary>
    public readonly struct Scope(PageReads? previous) : IDisposable
    {
        /// <inheritdoc/>
        public void Dispose() => Current.Value = previous;
    }
}
