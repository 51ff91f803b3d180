using System.Reflection;

namespace ActionPlan.Domain;

/// <summary>
/// What a page describes, and everything that follows from it, declared once per kind in one file under
/// <c>Domain/Kinds/</c>: the name editors write (<c>kind: best-practice</c>), the top-level folder that gives pages
/// the kind, its fields (from which binding, unknown-key warnings, twin facts, <c>actionplan new</c>, the kinds
/// table and, outside Domain, the editors' checks and form follow), the key other pages use to refer to its pages, and its part in listings.
/// </summary>
public sealed partial class ContentKind : IComparable<ContentKind>
{
    private static IReadOnlyList<ContentKind>? _all;
    private static IReadOnlyList<string>? _names;
    private static IReadOnlyList<ReferencesField>? _referenceLists;
    private IReadOnlyList<string>? _keys;
    private readonly Func<FieldValues, KindFacts?> _create;

    private ContentKind(int order, string name, string folder, string description, IReadOnlyList<Field> fields, Func<FieldValues, KindFacts?> create)
    {
        Order = order;
        Name = name;
        Folder = folder;
        Description = description;
        Fields = fields;
        _create = create;
    }

    /// <summary>Where the kind comes in lists of kinds (related pages are grouped in this order).</summary>
    public int Order { get; }

    /// <summary>The name editors write (<c>best-practice</c>).</summary>
    public string Name { get; }

    /// <summary>The top-level folder whose pages have the kind ('' for plain pages, which live anywhere).</summary>
    public string Folder { get; }

    /// <summary>What a page of the kind describes.</summary>
    public string Description { get; }

    /// <summary>The kind's own fields, beyond the ones every page has.</summary>
    public IReadOnlyList<Field> Fields { get; }

    /// <summary>The key under which any page may list pages of this kind by id (<c>cities: [berlin]</c>), or null.</summary>
    public string? ReferenceKey { get; private init; }

    /// <summary>True when the kind's pages are facets: each gets a listing of the pages that refer to it, per section that filters.</summary>
    public bool Facet { get; private init; }

    /// <summary>True when the kind's section is listed with filters by each facet (focus area, city).</summary>
    public bool Filtered { get; private init; }

    /// <summary>
    /// For a kind whose pages record events (a presentation given): the day a page counts for a measured goal, from
    /// its facts. Null for kinds counted by the day their page was first published.
    /// </summary>
    public Func<KindFacts, PartialDate?>? CountedOn { get; private init; }

    /// <summary>The theme's text key for the kind's plural name (<c>kind_best_practice</c>).</summary>
    public string TextKey => "kind_" + Name.Replace('-', '_');

    /// <summary>The theme's text key for "by ..." over the filtered listings of a facet kind (<c>filter_by_city</c>).</summary>
    public string FilterTextKey => "filter_by_" + Name.Replace('-', '_');

    /// <summary>Every kind, in order: the kinds declared under Domain/Kinds/.</summary>
    public static IReadOnlyList<ContentKind> All => _all ??= typeof(ContentKind)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(ContentKind))
        .Select(f => (ContentKind)f.GetValue(null)!)
        .OrderBy(k => k.Order)
        .ToList();

    /// <summary>Every kind's name, in order.</summary>
    public static IReadOnlyList<string> Names => _names ??= All.Select(k => k.Name).ToList();

    /// <summary>The kind with a name, or null.</summary>
    public static ContentKind? Parse(string name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>The kind a top-level folder gives its pages (plain pages elsewhere).</summary>
    public static ContentKind ForFolder(string topFolder) => All.FirstOrDefault(k => k.Folder.Length > 0 && k.Folder == topFolder) ?? Page;

    /// <summary>The reference lists every page may have, one per kind that others refer to, and the kind each names.</summary>
    public static IReadOnlyList<(string Key, ContentKind Target)> ReferenceFields => [.. ReferenceLists.Select(r => (r.Key, r.Target))];

    /// <summary>The reference lists every page may have (<c>cities: [berlin]</c>), one per kind that others refer to.</summary>
    public static IReadOnlyList<ReferencesField> ReferenceLists =>
        _referenceLists ??= All.Where(k => k.ReferenceKey is not null).Select(k => new ReferencesField(k.ReferenceKey!, k)).ToList();

    /// <summary>The front matter keys a page of the kind reads beyond the page's own: its fields, the reference lists, sources and the fields every kind has.</summary>
    public IReadOnlyList<string> Keys => _keys ??= [.. AllFields(sourcesRequired: false).Select(f => f.Key)];

    /// <summary>
    /// The fields a page of the kind reads beyond the page's own, in the order editors see them: its own, the reference
    /// lists, its sources (required where site.yml's <c>sources_required</c> names the kind), and the fields every kind has.
    /// </summary>
    public IReadOnlyList<Field> AllFields(bool sourcesRequired) =>
        [.. Fields, .. ReferenceLists, KindBinder.Sources.AsRequired(sourcesRequired), .. KindBinder.CommonFields];

    /// <summary>The kinds whose pages state facts that hold at a time, so each page must say as of when (by its sources or <c>as_of:</c>).</summary>
    public static IReadOnlyList<ContentKind> StatingFacts => [FocusArea, Network, Contact, Project, City, Activity, BestPractice];

    /// <summary>Builds the kind's facts from its read fields, or null when a value it needs is missing or wrong.</summary>
    internal KindFacts? Create(FieldValues values) => _create(values);

    /// <inheritdoc/>
    public int CompareTo(ContentKind? other) => Order.CompareTo(other?.Order ?? int.MinValue);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
