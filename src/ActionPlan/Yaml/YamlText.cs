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
            var (line, column) = ((int)e.Start.Line, (int)e.Start.Column);
            var reason = Innermost(e).Message;
            diagnostics.Error("yaml", file, firstLine + Math.Max(line, 1) - 1, column,
                $"the YAML is not valid: {reason} Check indentation, colons and quotes.");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow collections.
            diagnostics.Error("yaml", file, firstLine, 1,
                "the YAML is not valid: a '[' or '{' is not closed. Check brackets, indentation, colons and quotes.");
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

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
