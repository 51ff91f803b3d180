using ActionPlan.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ActionPlan.Yaml;

/// <summary>Parses YAML text into a mapping, turning syntax errors into diagnostics at the right line.</summary>
internal static class YamlText
{
    /// <summary>
    /// Parses <paramref name="text"/>; <paramref name="firstLine"/> is the file line the text starts on,
    /// so errors point into the whole file. Returns null (with a diagnostic) when the text is not a mapping.
    /// </summary>
    public static YamlMap? ParseMapping(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Report(YamlSyntaxExplainer.Explain(text, firstLine, e), file, firstLine, diagnostics);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow collections.
            Report(YamlSyntaxExplainer.Explain(text, firstLine, null), file, firstLine, diagnostics);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMap(new YamlMappingNode(), file, firstLine, diagnostics);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error("yaml", file, firstLine, 1, "expected 'key: value' lines here.");
            return null;
        }

        return new YamlMap(mapping, file, firstLine, diagnostics);
    }

    private static void Report(YamlSyntaxExplainer.Explanation explanation, string file, int firstLine, DiagnosticBag diagnostics) =>
        diagnostics.Error("yaml", file, firstLine + explanation.Line - 1, explanation.Column, explanation.Message);
}
