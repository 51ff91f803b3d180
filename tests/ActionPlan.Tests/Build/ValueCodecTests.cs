using ActionPlan.Caching;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Loading;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Build;

/// <summary>
/// Plain data written whole and read back (<see cref="ValueCodec"/>), as the front matter kept between builds is: what
/// is read back writes the same bytes and holds the same values, and a type whose state no property shows is refused.
/// </summary>
public sealed class ValueCodecTests
{
    public static TheoryData<string> Sites => new() { "", "examples/stockholm-europaforum" };

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_front_matter_of_a_real_site_is_read_back_whole(string folder)
    {
        // Given every page's front matter as the build reads it (every kind, goals and their assessments, sources, aliases)
        var site = Path.Combine(RealSite.Folder, folder);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(site, diagnostics)!;
        var codes = config.Languages.Select(l => l.Code).ToList();
        var read = ContentScanner.Scan(site, config, diagnostics).Pages.Select(p => FrontMatterReader.Read(p, diagnostics, codes).FrontMatter).ToList();
        Assert.True(read.Count > 50);
        Assert.True(folder != "" || read.Any(f => f.Facts is FocusAreaFacts { Goals.Count: > 0 }));

        foreach (var frontMatter in read)
        {
            // When it is written and read back
            var bytes = Write(frontMatter);
            var back = ValueCodec.Read<PageFrontMatter>(new BinaryReader(new MemoryStream(bytes)));

            // Then the copy writes the same bytes, and its values are the original's
            Assert.Equal(bytes, Write(back));
            Assert.Equal(frontMatter.Title, back.Title);
            Assert.Equal(frontMatter.Facts.GetType(), back.Facts.GetType());
            Assert.Equal(frontMatter.Facts.Facts, back.Facts.Facts);
            Assert.Equal(frontMatter.Facts.References, back.Facts.References);
            Assert.Equal(frontMatter.Facts.Unknown.Order(), back.Facts.Unknown.Order());
            Assert.Equal(frontMatter.Lines, back.Lines);
            Assert.Equal(frontMatter.Aliases, back.Aliases);
            Assert.Equal(frontMatter with { Facts = back.Facts, Lines = back.Lines, Aliases = back.Aliases, Words = back.Words }, back);
        }
    }

    [Fact]
    public void A_value_read_back_keeps_its_order_its_absent_parts_and_how_its_sets_compare()
    {
        // Given a record holding lists, a set that ignores case, a map, tuples and absent values
        var value = new Sample("a", null, [new Part(2, null, DateOnly.Parse("2008-04-02", System.Globalization.CultureInfo.InvariantCulture)), new Part(1, "x", null)],
            new HashSet<string>(["Eurocities"], StringComparer.OrdinalIgnoreCase), new Dictionary<string, int> { ["z"] = 1, ["a"] = 2 }, (3, "y"))
        {
            Kind = ContentKind.Network,
            Choice = DayOfWeek.Friday,
        };

        // When it is written and read back
        var back = ValueCodec.Read<Sample>(new BinaryReader(new MemoryStream(Write(value))));

        // Then every value is as it was
        Assert.Equal(value.Parts, back.Parts);
        Assert.Null(back.Absent);
        Assert.Contains("EUROCITIES", back.Names);
        Assert.Equal(["z", "a"], back.Counts.Keys);
        Assert.Equal((3, "y"), back.Pair);
        Assert.Same(ContentKind.Network, back.Kind);
        Assert.Equal(DayOfWeek.Friday, back.Choice);
    }

    [Fact]
    public void A_type_whose_state_no_property_shows_or_that_holds_a_function_is_not_covered()
    {
        Assert.True(ValueCodec.Covers(typeof(PageFrontMatter)));
        Assert.True(ValueCodec.Covers(typeof(Sample)));
        Assert.False(ValueCodec.Covers(typeof(HiddenState)));
        Assert.False(ValueCodec.Covers(typeof(UnnamedArgument)));
        Assert.False(ValueCodec.Covers(typeof(HoldsFunction)));
        Assert.False(ValueCodec.Covers(typeof(PrivateSetter)));
        Assert.False(ValueCodec.Covers(typeof(Loop)));
    }

    private static byte[] Write<T>(T value)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ValueCodec.Write(writer, value);
        }

        return stream.ToArray();
    }

    internal sealed record Part(int Number, string? Note, DateOnly? Day);

    internal sealed record Sample(string Name, string? Absent, IReadOnlyList<Part> Parts, IReadOnlySet<string> Names, IReadOnlyDictionary<string, int> Counts, (int, string) Pair)
    {
        public ContentKind? Kind { get; init; }

        public DayOfWeek Choice { get; init; }
    }

    internal sealed record HiddenState(string Name)
    {
        private readonly List<string> _seen = [];

        public int Seen => _seen.Count;
    }

    internal sealed class UnnamedArgument(string name)
    {
        public string Upper => name.ToUpperInvariant();
    }

    internal sealed record HoldsFunction(Func<string> Text);

    internal sealed record PrivateSetter(string Name)
    {
        public int Count { get; private set; }
    }

    internal sealed record Loop(string Name, IReadOnlyList<Loop> Inner);
}
