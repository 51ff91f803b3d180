using ActionPlan.Diagnostics;
using ActionPlan.Yaml;

namespace ActionPlan.Writing;

/// <summary>
/// One language's terminology, <c>terms.&lt;code&gt;.yml</c> in the site folder: each name the site uses, with the
/// variants it replaces (<c>Pompidou Group: [Pompidou group]</c>). A variant written in the language's prose is a warning
/// naming the chosen name. A variant of one apostrophe or quotation mark (<c>’: ["'"]</c>) is looked for wherever prose
/// has one, in words ("Copenhagen's") or around them; a variant of words, word for word, as written, but for a capital
/// that starts a sentence.
/// </summary>
public sealed class TermList
{
    private readonly List<Phrase> _phrases = [];
    private readonly List<(char Mark, string Chosen)> _marks = [];

    /// <summary>A list without terms, for a language with no file.</summary>
    public static TermList None { get; } = new();

    /// <summary>The file of a language's terms, in the site folder.</summary>
    public static string FileName(string language) => $"terms.{language}.yml";

    /// <summary>Reads a language's terms; <see cref="None"/> without a file. Problems in the file are errors at their line.</summary>
    public static TermList Read(string siteFolder, string language, DiagnosticBag diagnostics)
    {
        var file = FileName(language);
        var path = Path.Combine(siteFolder, file);
        if (!File.Exists(path) || YamlText.ParseMapping(File.ReadAllText(path), file, 1, diagnostics) is not { } map)
        {
            return None;
        }

        var list = new TermList();
        foreach (var chosen in map.Keys)
        {
            var chosenWords = Texts(ProseReader.Words(chosen, language));
            foreach (var (variant, line, column) in map.StringItems(chosen))
            {
                if (variant.Length == 1 && ProseReader.QuotationMarks.Contains(variant[0]))
                {
                    list._marks.Add((variant[0], chosen));
                    continue;
                }

                var words = Texts(ProseReader.Words(variant, language));
                if (words.Count == 0 || Contains(chosenWords, words))
                {
                    diagnostics.Error("terms", file, line, column, words.Count == 0
                        ? $"the variant '{variant}' of '{chosen}' has no words to look for: name a variant in words, or a single apostrophe or quotation mark."
                        : $"the variant '{variant}' is part of '{chosen}' itself, so every '{chosen}' would be warned about: name only what is written instead of it.");
                    continue;
                }

                list._phrases.Add(new Phrase(words, variant, chosen, chosenWords));
            }
        }

        return list;
    }

    /// <summary>
    /// The variants written in a sentence, in order: where each starts, the variant, the name to write, and the words it
    /// covers (which the name's warning speaks for, so they are not spelled too).
    /// </summary>
    public IEnumerable<(int Line, int Column, string Variant, string Chosen, IEnumerable<ProseWord> Words)> Find(ProseSentence sentence)
    {
        foreach (var written in sentence.Marks.Where(m => m.Language == sentence.Language))
        {
            foreach (var (_, chosen) in _marks.Where(m => m.Mark == written.Mark))
            {
                yield return (written.Line, written.Column, written.Mark.ToString(), chosen, []);
            }
        }

        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var phrase in _phrases.Where(p => p.IsAt(words, i, sentence.Language)))
            {
                yield return (words[i].Line, words[i].Column, phrase.Variant, phrase.Chosen, words.Skip(i).Take(phrase.Words.Count));
            }
        }
    }

    private static List<string> Texts(IReadOnlyList<ProseWord> words) => [.. words.Select(w => w.Text)];

    private static bool Contains(List<string> whole, List<string> part) =>
        Enumerable.Range(0, Math.Max(0, whole.Count - part.Count + 1)).Any(i => whole.Skip(i).Take(part.Count).SequenceEqual(part, StringComparer.Ordinal));

    /// <summary>A variant of words and the name written instead, with its words.</summary>
    private sealed record Phrase(List<string> Words, string Variant, string Chosen, List<string> ChosenWords)
    {
        /// <summary>
        /// True when the sentence's words from <paramref name="at"/> are this variant's, in the sentence's language (text
        /// marked as another's is meant so), and are not the chosen name itself (a variant in lower case starting a sentence).
        /// </summary>
        public bool IsAt(IReadOnlyList<ProseWord> words, int at, string language)
        {
            if (at + Words.Count > words.Count)
            {
                return false;
            }

            // Word for word first: it fails at the first word nearly everywhere, before anything is allocated.
            for (var k = 0; k < Words.Count; k++)
            {
                var written = words[at + k];
                var same = string.Equals(written.Text, Words[k], StringComparison.Ordinal)
                    || (at == 0 && k == 0 && char.IsLower(Words[k][0]) && written.Text.Length == Words[k].Length
                        && char.ToUpperInvariant(Words[k][0]) == written.Text[0] && string.CompareOrdinal(written.Text, 1, Words[k], 1, written.Text.Length - 1) == 0);
                if (!same || written.Language != language)
                {
                    return false;
                }
            }

            return !words.Skip(at).Take(Words.Count).Select(w => w.Text).SequenceEqual(ChosenWords, StringComparer.Ordinal);
        }
    }
}
