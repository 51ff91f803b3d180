using YamlDotNet.RepresentationModel;

namespace ActionPlan.Scaffolding;

/// <summary>A source file as the lines an edit in place works on, and the front matter's values there.</summary>
public static class SourceLines
{
    /// <summary>A file's lines, without its byte-order mark and line ends (which <see cref="Loading.ContentScanner.AsWritten"/> puts back).</summary>
    public static List<string> Of(byte[] bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();

    /// <summary>A key's value in a file's front matter (the lines between the first line '---' and the next), or null.</summary>
    public static YamlNode? FrontMatterNode(List<string> lines, string key)
    {
        var end = lines.FindIndex(1, l => l.TrimEnd() == "---");
        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join('\n', lines.Skip(1).Take(end - 1))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
    }
}
