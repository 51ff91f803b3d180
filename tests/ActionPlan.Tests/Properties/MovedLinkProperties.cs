using ActionPlan.Model;
using ActionPlan.Scaffolding;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>
/// Whatever folder a link is written in and wherever the page it leads to (or the page holding it) moves, the link
/// 'actionplan move' writes leads where the old one did, to the new file when that page moved, with its fragment kept.
/// </summary>
public sealed class MovedLinkProperties
{
    private static readonly Gen<string> Folder = Gen.OneOf("a", "b", "c").Array[0, 3].Select(s => string.Join('/', s));

    private static string Key(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";

    [Fact]
    public void A_rewritten_link_resolved_from_its_files_new_folder_leads_to_the_same_page_or_its_new_place()
    {
        var gen = Gen.Select(Folder, Folder, Folder, Gen.OneOf("x", "y"), Gen.OneOf("", ".da"), Gen.Int[0, 3], Gen.OneOf("", "#partners"))
            .SelectMany(t => Gen.Select(Folder, Gen.OneOf("x", "z"), Gen.Bool).Select(m => (t, m)));
        gen.Sample(((string Page, string TargetFolder, string MovedFolder, string Name, string Language, int Form, string Fragment) t, (string NewFolder, string NewName, bool LinkerMoves) m) =>
        {
            // The link as an editor writes it: to a page, relative or from content/, to a folder's page, or to a file.
            var target = t.Form switch
            {
                0 or 1 => Key(t.TargetFolder, t.Name) + t.Language + ".md",
                2 => t.TargetFolder.Length == 0 ? "" : t.TargetFolder + "/",
                _ => Key(t.TargetFolder, "map.png"),
            };
            var written = t.Form == 1 ? "/" + target : LinkResolver.RelativeLink(t.Page, target) is { Length: > 0 } relative ? relative : "./";
            var from = Key(t.MovedFolder, t.Name);
            var to = Key(m.NewFolder, m.NewName);
            var pageAfter = m.LinkerMoves ? m.NewFolder : t.Page;

            var rewritten = PageMover.Rewrite(written + t.Fragment, t.Page, pageAfter, from, to, code => code == "da");

            Assert.NotEqual("", rewritten);
            var link = rewritten ?? written + t.Fragment;
            Assert.EndsWith(t.Fragment, link, StringComparison.Ordinal);
            var path = link[..^t.Fragment.Length];
            var resolved = LinkResolver.Normalize(path.StartsWith('/') ? path[1..] : LinkResolver.Join(pageAfter, path));
            var expected = t.Form <= 1 && Key(t.TargetFolder, t.Name) == from ? to + t.Language + ".md" : target;
            Assert.Equal(expected, resolved);
        }, iter: 2000);
    }
}
