using ActionPlan.Diagnostics;
using ActionPlan.Writing;

namespace ActionPlan.Caching;

/// <summary>
/// What the writing phase found on each page (its warnings and its readability), kept between builds and keyed by a
/// SHA-256 of everything the finding depends on (<see cref="WritingChecker"/> makes the key): a page whose key is
/// unchanged is not read or spelled again. The costliest phase of a build is thus paid once per change of a page.
/// </summary>
public sealed class WritingMemory : KeptResults<WritingMemory, WritingMemory.Finding>
{
    /// <summary>What the writing phase found on one page.</summary>
    /// <param name="Diagnostics">Its warnings.</param>
    /// <param name="Readability">Its readability.</param>
    /// <param name="Asked">What the spelling asked of the words the site knows (titles, word lists), and the answers:
    /// the finding holds while each answer is the same.</param>
    public sealed record Finding(IReadOnlyList<Diagnostic> Diagnostics, PageReadability Readability, IReadOnlyList<SpellChecker.KnownQuery> Asked);

    /// <inheritdoc/>
    protected override string Kind => "actionplan-writing-1";

    /// <inheritdoc/>
    protected override void Write(BinaryWriter writer, Finding result)
    {
        writer.Write(result.Diagnostics);
        writer.Write(result.Readability);
        writer.WriteList(result.Asked, (w, query) =>
        {
            w.Write(query.Language);
            w.Write(query.Word);
            w.Write(query.Known);
        });
    }

    /// <inheritdoc/>
    protected override Finding Read(BinaryReader reader) =>
        new(reader.ReadDiagnostics(), reader.ReadPageReadability(), reader.ReadList(q => new SpellChecker.KnownQuery(q.ReadString(), q.ReadString(), q.ReadBoolean())));
}
