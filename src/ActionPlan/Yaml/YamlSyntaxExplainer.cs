using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace ActionPlan.Yaml;

/// <summary>
/// Says in plain words where YAML that does not parse goes wrong. The parser often notices a mistake lines later
/// (an unclosed quote at the end of the block, a tab where the mapping ends), so the text is first searched for
/// the usual causes at their own place: a line indented with a tab, a quote or bracket never closed, a value
/// with ': ' in it, a key given twice. Only when none is found is the parser's own position and text used.
/// </summary>
internal static partial class YamlSyntaxExplainer
{
    /// <summary>One explained problem: line and column (one-based, within the YAML text) and the message.</summary>
    public sealed record Explanation(int Line, int Column, string Message);

    /// <summary>
    /// Explains why <paramref name="text"/>, which starts on file line <paramref name="firstLine"/>, failed to parse with
    /// <paramref name="error"/> (null when the parser gave no position). Lines in messages are file lines.
    /// </summary>
    public static Explanation Explain(string text, int firstLine, YamlException? error)
    {
        int FileLine(int line) => firstLine + line - 1;

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return new(i + 1, tab + 1, $"line {FileLine(i + 1)} is indented with a tab; YAML needs spaces: replace the tab with spaces.");
            }
        }

        if (Unclosed(lines) is { } unclosed)
        {
            return unclosed;
        }

        var detail = error is null ? "" : $" (the YAML reader says: {Innermost(error).Message.TrimEnd('.')})";
        if (error is not null)
        {
            var (line, column) = ((int)error.Start.Line, (int)error.Start.Column);
            if (DuplicateKey().Match(error.Message) is { Success: true } duplicate)
            {
                var key = duplicate.Groups[1].Value;
                var first = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal)) + 1;
                return new(line, column, $"'{key}' is given twice (first on line {FileLine(first)}); keep one of them.");
            }

            if (line >= 1 && line <= lines.Length && Regex.IsMatch(lines[line - 1], @"^\s*(- )?[^\s:#'""][^:#]*:\s+[^'""\[{].*:\s"))
            {
                var key = lines[line - 1].Trim().TrimStart('-', ' ').Split(':')[0];
                return new(line, column, $"the value of '{key}' holds ': ', which YAML reads as a new key: put the whole value in quotes, e.g. {key}: \"…\".");
            }

            if (line >= 1 && line <= lines.Length && lines[line - 1].Length - lines[line - 1].TrimStart().Length > 0
                && (line == 1 || !lines[line - 2].TrimEnd().EndsWith(':')))
            {
                return new(line, 1, $"line {FileLine(line)} is indented, but the line above does not open a list or a set of keys: remove the spaces at its start{detail}.");
            }

            return new(Math.Max(line, 1), Math.Max(column, 1), $"this line is not valid YAML: check the colon after the key, quotes and indentation{detail}.");
        }

        return new(1, 1, "the front matter is not valid YAML: check colons, quotes, brackets and indentation.");
    }

    /// <summary>The first quote, '[' or '{' that is opened and never closed, at its own place.</summary>
    private static Explanation? Unclosed(string[] lines)
    {
        var open = new Stack<(char Bracket, int Line, int Column)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var valueStart = true;
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                var spaced = c + 1 == line.Length || line[c + 1] == ' ';
                switch (ch)
                {
                    case '#' when c == 0 || line[c - 1] is ' ' or '\t':
                        c = line.Length;
                        break;
                    case ' ':
                    case '-' when valueStart && spaced:
                        break;
                    case ':' when spaced:
                    case ',' when open.Count > 0:
                        valueStart = true;
                        break;
                    case '"' or '\'' when valueStart:
                        var close = Closing(line, c);
                        if (close < 0)
                        {
                            return new(i + 1, c + 1, $"the quote {ch} opened here is never closed: end the value with {ch}.");
                        }

                        c = close;
                        valueStart = false;
                        break;
                    case '[' or '{' when valueStart:
                        open.Push((ch, i + 1, c + 1));
                        break;
                    case ']' or '}' when open.Count > 0:
                        open.Pop();
                        valueStart = false;
                        break;
                    default:
                        valueStart = false;
                        break;
                }
            }

            // A flow list may go on over lines, but never past a line that starts a new key.
            if (open.Count > 0 && i + 1 < lines.Length && KeyLine().IsMatch(lines[i + 1]))
            {
                return Bracket(open);
            }
        }

        return open.Count > 0 ? Bracket(open) : null;
    }

    private static Explanation Bracket(Stack<(char Bracket, int Line, int Column)> open)
    {
        var (bracket, line, column) = open.Reverse().First();
        var closing = bracket == '[' ? ']' : '}';
        return new(line, column, $"the '{bracket}' opened here is never closed: end the list with '{closing}'.");
    }

    /// <summary>The index of the quote that closes the one at <paramref name="start"/> on the same line, or -1.</summary>
    private static int Closing(string line, int start)
    {
        var quote = line[start];
        for (var c = start + 1; c < line.Length; c++)
        {
            if (quote == '"' && line[c] == '\\')
            {
                c++;
            }
            else if (line[c] == quote)
            {
                if (quote == '\'' && c + 1 < line.Length && line[c + 1] == '\'')
                {
                    c++;
                    continue;
                }

                return c;
            }
        }

        return -1;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }

    [GeneratedRegex(@"^Duplicate key (.+)$")]
    private static partial Regex DuplicateKey();

    [GeneratedRegex(@"^[A-Za-z_][\w-]*:(\s|$)")]
    private static partial Regex KeyLine();
}
