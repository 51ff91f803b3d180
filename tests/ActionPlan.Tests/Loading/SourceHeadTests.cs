using System.Text;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Tests.Support;
using CsCheck;

namespace ActionPlan.Tests.Loading;

/// <summary>
/// A source read up to its front matter, its body later (<see cref="SourceHead"/>), must give exactly the text that
/// reading the whole file gives, or decline and let the file be read whole.
/// </summary>
public sealed class SourceHeadTests
{
    private static readonly Gen<string> Line = Gen.OneOf<string>(
        "title: Bolig", "summary: Familier i centrum – æøå ÆØÅ", "tags: [housing, children]", "---", "--- ", "----", "", "  - item",
        "Body text with ü and € signs.", "## Heading", new string('x', 3000), string.Concat(Enumerable.Repeat("ø", 2100)), "title: \"---\"");

    private static readonly Gen<string> LineEnd = Gen.Frequency((8, Gen.Const("\n")), (1, Gen.Const("\r\n")), (1, Gen.Const("\r")));

    /// <summary>A file's bytes: maybe a byte-order mark, a first line that is maybe a fence, then lines of front matter and body.</summary>
    private static readonly Gen<byte[]> Files =
        Gen.Select(Gen.Bool, Gen.OneOf<string>("---", "--- ", "----", "title: none"), Gen.Select(Line, LineEnd, (l, e) => l + e).Array[0, 12], Gen.Bool)
            .Select((bom, first, lines, endsWithNewline) =>
            {
                var text = first + "\n" + string.Concat(lines);
                text = endsWithNewline || text.Length == 0 ? text : text.TrimEnd('\n', '\r');
                var bytes = Encoding.UTF8.GetBytes(text);
                return bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes;
            });

    [Fact]
    public void The_head_and_the_body_read_later_are_the_whole_text_read_at_once_or_the_head_is_declined()
    {
        var folder = Directory.CreateDirectory(Scratch.NewFolder()).FullName;
        var (read, declined) = (0, 0);
        Files.Sample(bytes =>
        {
            var path = Path.Combine(folder, $"{Guid.NewGuid():N}.en.md");
            File.WriteAllBytes(path, bytes);
            var whole = ContentScanner.ReadText(path, "page.en.md", new DiagnosticBag());
            var digest = System.Security.Cryptography.SHA256.HashData(bytes);
            var diagnostics = new DiagnosticBag();

            if (SourceHead.Read(path, "page.en.md", digest, () => throw new InvalidOperationException("not changed"), diagnostics) is var (head, body))
            {
                Interlocked.Increment(ref read);
                Assert.Equal(whole, head + body());
                Assert.Equal(FrontMatterReader.Split(whole)?.BodyStart, head.Length);
                Assert.Empty(diagnostics.ToSortedList());
            }
            else
            {
                Interlocked.Increment(ref declined);

                // Only a file with a line end other than '\n', or whose front matter does not end in a whole line, is declined.
                var readable = !bytes.AsSpan().Contains((byte)'\r') && FrontMatterReader.Split(whole) is { } split && whole[..split.BodyStart].EndsWith('\n');
                Assert.False(readable, $"declined a file it could read: {whole}");
            }
        }, iter: 400);

        // Both ways were tried, or the property would prove less than it says.
        Assert.True(read > 20 && declined > 20, $"{read} read by their head, {declined} declined");
    }

    [Fact]
    public void A_body_that_changed_after_its_head_was_read_is_an_error_at_the_file_and_is_told()
    {
        var path = Path.Combine(Directory.CreateDirectory(Scratch.NewFolder()).FullName, "page.en.md");
        File.WriteAllText(path, "---\ntitle: Housing\n---\nHomes for families.\n");
        var digest = System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path));
        var (diagnostics, told) = (new DiagnosticBag(), 0);
        var (head, body) = SourceHead.Read(path, "content/page.en.md", digest, () => told++, diagnostics)!.Value;

        File.WriteAllText(path, "---\ntitle: Housing\n---\nHomes for children.\n");

        Assert.Equal("---\ntitle: Housing\n---\n", head);
        Assert.Equal("", body());
        Assert.Equal(1, told);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("changed-during-build", "content/page.en.md", Severity.Error), (error.Code, error.File, error.Severity));
    }
}
