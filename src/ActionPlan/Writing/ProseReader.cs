using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using ActionPlan.Loading;
using ActionPlan.Markup;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ActionPlan.Writing;

/// <summary>
/// Reads the prose of a page, the one place that does: the summary (when written on one line) and the Markdown body's
/// text, split into sentences and words at their file positions. Code (inline and blocks), web addresses, link targets,
/// HTML and the rest of the front matter are not prose. Text marked <c>{lang=xx}</c> (Markdig's generic attributes on a
/// block, a link or emphasis) belongs to that language.
/// </summary>
public static partial class ProseReader
{
    /// <summary>The prose of a parsed page written in the language with code <paramref name="language"/>.</summary>
    public static PageProse Read(ParsedSource source, ParsedMarkdown markdown, string language)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(markdown);
        var sentences = new List<ProseSentence>();
        if (source.FrontMatter.Summary is { } summary && source.FrontMatter.SummaryAt is var (line, column))
        {
            var run = new TextRun(language);
            for (var i = 0; i < summary.Length; i++)
            {
                run.Append(summary[i], line, column + i, language);
            }

            Split(run, sentences);
        }

        var body = new BodyText(source.Body);
        var shared = new TextRun(language);
        foreach (var block in markdown.Document)
        {
            ReadBlock(block, language, source.BodyLine, body, shared, sentences);
        }

        return new PageProse(source.Source.Path, language, sentences);
    }

    /// <summary>The prose of a text standing alone (a title), in one language, at no file position.</summary>
    public static IReadOnlyList<ProseWord> Words(string text, string language)
    {
        var run = new TextRun(language);
        foreach (var c in text)
        {
            run.Append(c, 0, 0, language);
        }

        var sentences = new List<ProseSentence>();
        Split(run, sentences);
        return [.. sentences.SelectMany(s => s.Words)];
    }

    /// <summary>The language code a node is marked with (<c>{lang=da-DK}</c> gives <c>da</c>), or null.</summary>
    private static string? MarkedLanguage(MarkdownObject node)
    {
        var lang = node.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == "lang").Value;
        return string.IsNullOrWhiteSpace(lang) ? null : lang.Split('-')[0].Trim().ToLowerInvariant();
    }

    private static void ReadBlock(Block block, string language, int firstLine, BodyText body, TextRun shared, List<ProseSentence> sentences)
    {
        language = MarkedLanguage(block) ?? language;
        switch (block)
        {
            case CodeBlock or HtmlBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                return;
            case LeafBlock { Inline: { } inline }:
                shared.Restart(language);
                ReadInlines(inline, language, firstLine, body, shared, sentences);
                Split(shared, sentences);
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    ReadBlock(child, language, firstLine, body, shared, sentences);
                }

                return;
        }
    }

    private static void ReadInlines(ContainerInline container, string language, int firstLine, BodyText body, TextRun run, List<ProseSentence> sentences)
    {
        foreach (var inline in container)
        {
            var own = MarkedLanguage(inline) ?? language;
            switch (inline)
            {
                case LiteralInline literal:
                    var text = literal.Content.ToString();

                    var column = body.Locate(literal.Line, literal.Column, text);
                    for (var i = 0; i < text.Length; i++)
                    {
                        run.Append(text[i], firstLine + literal.Line, column + i + 1, own);
                    }

                    break;
                case HtmlEntityInline entity:
                    foreach (var c in entity.Transcoded.ToString())
                    {
                        run.Append(c, firstLine + entity.Line, entity.Column + 1, own);
                    }

                    break;
                case LineBreakInline:
                    run.Break(' ');
                    break;
                case LinkInline { IsAutoLink: true }:
                    run.Break(' ');
                    break;
                case LinkInline { IsImage: true } image:
                    // An image's alternative text is prose of its own, not part of the sentence around it.
                    run.Break(' ');
                    var alt = new TextRun(own);
                    ReadInlines(image, own, firstLine, body, alt, sentences);
                    Split(alt, sentences);
                    break;
                case ContainerInline inner:
                    // Emphasis and a link's text: part of the sentence; a link's target is not prose.
                    ReadInlines(inner, own, firstLine, body, run, sentences);
                    break;
                default:
                    // Code, web addresses, HTML: not prose, but they part the words around them.
                    run.Break(' ');
                    break;
            }
        }
    }

    /// <summary>Splits a run of text into sentences of words; the end of a run ends a sentence.</summary>
    private static void Split(TextRun run, List<ProseSentence> sentences)
    {
        var text = run.Text;

        // Addresses, paths, file names and HTML tags written as text are not words. (The text is taken again only when
        // something was blanked: most runs have neither.)
        if (text.Contains('<'))
        {
            foreach (Match tag in Tag().Matches(text))
            {
                run.Blank(tag.Index, tag.Length);
            }

            text = run.Text;
        }

        var blanked = false;
        foreach (var address in Addresses(text))
        {
            var value = address.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '"', '\'');
            run.Blank(address.Index, value.Length);
            blanked = true;
        }

        text = blanked ? run.Text : text;
        var words = new List<ProseWord>();
        var marks = new List<ProseMark>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (QuotationMarks.Contains(c) && run.At[i].Line > -1)
            {
                marks.Add(new ProseMark(c, run.At[i].Line, run.At[i].Column, run.At[i].Language));
            }

            if (char.IsLetterOrDigit(c) && run.At[i].Line > -1)
            {
                var start = i;
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                    || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    if (QuotationMarks.Contains(text[i]))
                    {
                        marks.Add(new ProseMark(text[i], run.At[i].Line, run.At[i].Column, run.At[i].Language));
                    }

                    i++;
                }

                // "e.g." and "f.eks.": an abbreviation with dots keeps its last one. "Børne- og Ungdomsforvaltningen": the
                // first part of a compound whose end is left to the next one keeps its hyphen.
                var word = text[start..i];
                if ((word.Contains('.') && i < text.Length && text[i] == '.')
                    || (i < text.Length && text[i] == '-' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == ',')))
                {
                    word += text[i];
                    i++;
                }

                words.Add(new ProseWord(word, run.At[start].Line, run.At[start].Column, run.At[start].Language));
                continue;
            }

            if (c is '.' or '!' or '?' or ':' && words.Count > 0 && EndsSentence(text, i, words[^1].Text))
            {
                sentences.Add(Sentence(words, run.Default) with { Marks = marks });
                (words, marks) = ([], []);
            }

            i++;
        }

        if (words.Count > 0)
        {
            sentences.Add(Sentence(words, run.Default) with { Marks = marks });
        }
        else if (marks.Count > 0 && sentences.Count > 0)
        {
            // A quotation closed after its sentence's full stop belongs to that sentence.
            sentences[^1] = sentences[^1] with { Marks = [.. sentences[^1].Marks, .. marks] };
        }
    }

    /// <summary>The apostrophes and quotation marks a language's terms may choose between (see <see cref="TermList"/>).</summary>
    public static readonly SearchValues<char> QuotationMarks = SearchValues.Create("'\"\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB");

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019' or '.' or '\u00AD';

    /// <summary>
    /// True when the mark at <paramref name="at"/> ends a sentence: it is followed by a space or the end, and (for a full
    /// stop) the next word does not start in lower case, and the word before is no initial or abbreviation; a colon ends
    /// one only before a capital.
    /// </summary>
    private static bool EndsSentence(string text, int at, string previous)
    {
        var next = at + 1;
        while (next < text.Length && text[next] is '.' or '!' or '?' or '"' or '\u201D' or ')' or '\'' or '\u2019')
        {
            next++;
        }

        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        var following = next < text.Length ? text[next] : '\0';
        return text[at] switch
        {
            ':' => char.IsUpper(following),
            '.' => !char.IsLower(following) && !(previous.Length == 1 && char.IsUpper(previous[0])) && !previous.EndsWith('.'),
            _ => true,
        };
    }

    /// <summary>A sentence, in the language of most of its words (the run's own on a tie).</summary>
    private static ProseSentence Sentence(List<ProseWord> words, string fallback)
    {
        if (words.TrueForAll(w => w.Language == fallback))
        {
            return new ProseSentence(words, fallback);
        }

        var language = words.GroupBy(w => w.Language).OrderByDescending(g => g.Count()).ThenBy(g => g.Key == fallback ? 0 : 1).First().Key;
        return new ProseSentence(words, language);
    }

    /// <summary>
    /// The addresses in a text. None spans a space and each has a '/', '@', '.' or ':' in it, so only the stretches
    /// between spaces with one of those are searched: tried at every letter of every word, the expression made reading
    /// a long page's prose cost more than the rest of its build.
    /// </summary>
    private static IEnumerable<Match> Addresses(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            if (char.IsWhiteSpace(text[start]))
            {
                start++;
                continue;
            }

            var end = start + 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (text.AsSpan(start, end - start).IndexOfAny(AddressMarks) >= 0)
            {
                for (var match = Address().Match(text, start, end - start); match.Success; match = match.NextMatch())
                {
                    yield return match;
                }
            }

            start = end;
        }
    }

    private static readonly SearchValues<char> AddressMarks = SearchValues.Create("/@.:");

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?:[a-z][a-z0-9+.-]*://|mailto:|www\.)\S+|\S+\.(?:md|pdf|png|jpe?g|gif|svg|webp|docx?|xlsx?|pptx?|odt|html?|txt|csv|zip)\b|[^\s@]+@[^\s@]+\.[^\s@]+|[^\s/]*/\S*", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    /// <summary>A page body's text by lines, to find where a piece of text stands on its line.</summary>
    private sealed class BodyText(string text)
    {
        private readonly string[] _lines = text.Split('\n');

        /// <summary>
        /// The column (from 0) where <paramref name="piece"/> is written on a line, near the column Markdig gives (in a
        /// table cell that one is one short); Markdig's own when the piece is not written as it reads (an escape in it).
        /// </summary>
        public int Locate(int line, int column, string piece)
        {
            if (line < 0 || line >= _lines.Length || piece.Length == 0)
            {
                return column;
            }

            foreach (var shift in (int[])[0, 1, -1, 2, -2, 3, -3])
            {
                var at = column + shift;
                if (at >= 0 && at + piece.Length <= _lines[line].Length && string.CompareOrdinal(_lines[line], at, piece, 0, piece.Length) == 0)
                {
                    return at;
                }
            }

            return column;
        }
    }

    /// <summary>
    /// Text of one block with every character's file position and language; -1 as the line of a character that is no text.
    /// A page's blocks share one run, emptied for each (<see cref="Restart"/>), so its buffers grow once per page.
    /// </summary>
    private sealed class TextRun(string language)
    {
        private readonly StringBuilder _text = new();

        public string Default { get; private set; } = language;

        public List<CharAt> At { get; } = [];

        public string Text => _text.ToString();

        public void Restart(string code)
        {
            _text.Clear();
            At.Clear();
            Default = code;
        }

        public void Append(char c, int line, int column, string code)
        {
            _text.Append(c);
            At.Add(new CharAt(line, column, code));
        }

        public void Break(char c) => Append(c, -1, 0, Default);

        public void Blank(int start, int length)
        {
            for (var i = start; i < start + length; i++)
            {
                _text[i] = ' ';
                At[i] = At[i] with { Line = -1 };
            }
        }
    }

    /// <summary>Where a character of a <see cref="TextRun"/> is written, and in which language.</summary>
    private readonly record struct CharAt(int Line, int Column, string Language);
}
