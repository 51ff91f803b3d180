using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ActionPlan.Tests.Support;

/// <summary>
/// A page's front matter as the JSON an editor's YAML tooling sees (YAML 1.2 core schema: plain 2007 is a number,
/// plain true a boolean, anything quoted a string), for checking it against a JSON Schema.
/// </summary>
internal static partial class YamlJson
{
    public static JsonNode? FrontMatter(string pageText)
    {
        var text = pageText.Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        var stream = new YamlStream();
        stream.Load(new StringReader(text[4..end]));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar => Plain(scalar.Value ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
    };

    private static JsonNode? Plain(string value) => value switch
    {
        "" or "~" or "null" => null,
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ when Integer().IsMatch(value) => JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value),
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();
}
