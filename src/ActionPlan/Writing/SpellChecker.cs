using System.Collections.Concurrent;
using ActionPlan.Diagnostics;

namespace ActionPlan.Writing;

/// <summary>
/// Spells a page's prose: each word with the dictionary of the language it is written in, unless the site knows it.
/// Numbers, words with digits, single letters and abbreviations in capitals (EU, NGO's) are not spelled. A sentence most
/// of whose words the page's dictionary rejects and another language's accepts is one warning suggesting the language
/// mark, instead of a warning per word.
/// </summary>
/// <param name="Dictionaries">The dictionary of each language code that has one.</param>
/// <param name="Known">The words the site knows, by language code.</param>
/// <param name="Names">Each language's name by code, for messages (<c>English</c>).</param>
public sealed record SpellChecker(IReadOnlyDictionary<string, ISpellingDictionary> Dictionaries, IReadOnlyDictionary<string, KnownWords> Known, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>How many of the dictionary's suggestions a message gives.</summary>
    public const int Suggestions = 3;

    /// <summary>
    /// Reports the unknown words of a page, with <paramref name="pageWords"/> (its <c>words:</c>) known too; the words in
    /// <paramref name="named"/> are warned about already (a variant of a name the site's terms replace) and not spelled.
    /// What was asked of the site's words goes into <paramref name="asked"/>.
    /// </summary>
    public void Check(PageProse prose, IReadOnlyList<string> pageWords, DiagnosticBag diagnostics, IReadOnlySet<ProseWord>? named = null, ISet<KnownQuery>? asked = null)
    {
        var own = new PageVerdicts(this, new KnownWords(pageWords, prose.Language));
        foreach (var sentence in prose.Sentences)
        {
            if (OtherLanguageOf(sentence, prose.Language, own) is { } other)
            {
                var first = sentence.First;
                diagnostics.Warning("other-language", prose.File, first.Line, first.Column,
                    $"this sentence reads as {Name(other.Language)}, not {Name(prose.Language)} ({other.Count} of its {other.Of} words are {Name(other.Language)}): " +
                    $"mark it {{lang={other.Language}}}, after emphasis or a link around it ('*...*{{lang={other.Language}}}') or on the line before its paragraph, so it is read aloud and spelled as {Name(other.Language)}.");
                continue;
            }

            foreach (var word in sentence.Words)
            {
                if (named?.Contains(word) == true || !Dictionaries.TryGetValue(word.Language, out var dictionary) || own.Accepts(word.Text, word.Language))
                {
                    continue;
                }

                // A word another language knows is most likely that language's, not a typo: the mark is the advice, and
                // this language's near words ('cooperaion' for 'cooperation' in Danish) would only mislead.
                var elsewhere = Dictionaries.Keys.Where(other => other != word.Language && own.Accepts(word.Text, other)).FirstOrDefault();
                var suggestions = elsewhere is null ? dictionary.Suggest(KnownWords.Normal(word.Text), Suggestions) : [];
                var meant = suggestions.Count == 0 ? "." : $"; did you mean {Join(suggestions)}?";
                var hint = elsewhere is null ? "" : $" It is {Name(elsewhere)}: if meant, mark it ('*{word.Text}*{{lang={elsewhere}}}').";
                diagnostics.Warning("spelling", prose.File, word.Line, word.Column,
                    $"'{word.Text}' is not in the {Name(word.Language)} dictionary ({dictionary.Name}){meant}{hint} If it is spelled right, add it to {WordListFile(word.Language)} or to this page's 'words:'.");
            }
        }

        own.Tell(asked);
    }

    /// <summary>The site's word list of a language: <c>words.&lt;code&gt;.txt</c> in the site folder.</summary>
    public static string WordListFile(string language) => $"words.{language}.txt";

    /// <summary>
    /// True for a word that is not spelled: with a digit, a single letter, an abbreviation in capitals (also with an
    /// ending: NGO's, NGOs), or the first part of a compound ended by the next word ("Børne-" in "Børne- og Ungdomsforvaltningen").
    /// </summary>
    public static bool IsExempt(string word)
    {
        if (word.Any(char.IsDigit) || word.Count(char.IsLetter) < 2 || word.EndsWith('-'))
        {
            return true;
        }

        var core = KnownWords.Normal(word).Split('\'')[0].TrimEnd('.');
        core = core.EndsWith('s') && core.Length > 2 ? core[..^1] : core;
        return core.Count(char.IsLetter) >= 2 && core.Where(char.IsLetter).All(char.IsUpper);
    }

    private bool Accepts(string word, ISpellingDictionary dictionary, string language, KnownWords page, Func<string, string, bool> siteKnows)
    {
        if (IsExempt(word))
        {
            return true;
        }

        var normal = KnownWords.Normal(word);
        if (page.Contains(normal) || siteKnows(language, normal) || dictionary.Knows(normal)
            || (normal.EndsWith('.') && dictionary.Knows(normal.TrimEnd('.'))))
        {
            return true;
        }

        // A compound with hyphens is right when each part is ("EU-projekter", "co-operation" in a dictionary without it).
        var parts = normal.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.All(p => Accepts(p, dictionary, language, page, siteKnows));
    }

    /// <summary>
    /// The other language a sentence in the page's language is written in: when at least three of its words are spelled,
    /// most of them are rejected by the page's dictionary and accepted by the other's.
    /// </summary>
    private (string Language, int Count, int Of)? OtherLanguageOf(ProseSentence sentence, string language, PageVerdicts page)
    {
        if (sentence.Language != language || !Dictionaries.ContainsKey(language))
        {
            return null;
        }

        // Counted first without a list: nearly every sentence is in its page's language and stops here.
        var (count, rejected) = (0, 0);
        foreach (var word in sentence.Words)
        {
            if (word.Language == language && page.Of(word.Text, language) is { ExemptOrKnown: false } verdict)
            {
                count++;
                rejected += verdict.Accepted ? 0 : 1;
            }
        }

        if (count < 3 || rejected * 2 <= count)
        {
            return null;
        }

        var spelled = sentence.Words.Where(w => w.Language == language && !page.Of(w.Text, language).ExemptOrKnown).ToList();

        return Dictionaries.Keys.Where(other => other != language)
            .Select(other => (Language: other, Count: spelled.Count(w => page.Accepts(w.Text, other)), Of: spelled.Count))
            .Where(o => o.Count * 2 > o.Of && o.Count > spelled.Count - rejected)
            .OrderByDescending(o => o.Count).ThenBy(o => o.Language, StringComparer.Ordinal)
            .Select(o => ((string, int, int)?)o).FirstOrDefault();
    }

    /// <summary>A word's verdicts in one language: not spelled or known to the site or page as written; right; and what the site's words were asked to reach them.</summary>
    private readonly record struct Verdict(bool ExemptOrKnown, bool Accepted, KnownQuery[] Asked);

    /// <summary>
    /// One question put to the words the site knows (<see cref="Known"/>) and its answer: what a page's findings depend
    /// on of the site's titles and word lists, so they are kept while every answer stays the same.
    /// </summary>
    public readonly record struct KnownQuery(string Language, string Word, bool Known);

    /// <summary>True when <paramref name="query"/> has the same answer from <paramref name="known"/> as when it was asked.</summary>
    public static bool Holds(KnownQuery query, IReadOnlyDictionary<string, KnownWords> known) =>
        (known.TryGetValue(query.Language, out var words) && words.Contains(query.Word)) == query.Known;

    /// <summary>
    /// The verdicts on words of every page without words of its own (<c>words:</c>), by language: a site writes the same
    /// words on page after page, and each verdict normalises the word and asks the site's words and the dictionary.
    /// </summary>
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Verdict>> _siteVerdicts = new(StringComparer.Ordinal);

    private Verdict Judge(string word, string language, KnownWords page)
    {
        var asked = new List<KnownQuery>();
        bool SiteKnows(string language, string word)
        {
            var known = Known.TryGetValue(language, out var site) && site.Contains(word);
            asked.Add(new KnownQuery(language, word, known));
            return known;
        }

        var exemptOrKnown = IsExempt(word) || page.Contains(word) || SiteKnows(language, word);
        return new(exemptOrKnown, Accepts(word, Dictionaries[language], language, page, SiteKnows), [.. asked]);
    }

    /// <summary>One page's verdicts on its words, each reached once per word and language: the site's, unless the page has words of its own.</summary>
    private sealed class PageVerdicts(SpellChecker checker, KnownWords page)
    {
        private readonly Dictionary<(string Word, string Language), Verdict>? _own = page.Count > 0 ? [] : null;

        // Each verdict's questions, once: a verdict is reached once and shared, so its array stands for it, and a page
        // that writes a word a hundred times asks about it once (hashing every question at every word cost more than
        // the spelling).
        private readonly HashSet<KnownQuery[]> _asked = new(ReferenceEqualityComparer.Instance);

        /// <summary>The word's verdicts in a language that has a dictionary.</summary>
        public Verdict Of(string word, string language)
        {
            if (_own is null)
            {
                return Asked(checker._siteVerdicts.GetOrAdd(language, _ => new(StringComparer.Ordinal))
                    .GetOrAdd(word, static (w, state) => state.checker.Judge(w, state.language, state.page), (checker, language, page)));
            }

            if (!_own.TryGetValue((word, language), out var verdict))
            {
                verdict = checker.Judge(word, language, page);
                _own[(word, language)] = verdict;
            }

            return Asked(verdict);
        }

        // The page's findings depend on what its verdicts asked of the site's words, wherever the verdict was reached.
        private Verdict Asked(Verdict verdict)
        {
            if (verdict.Asked.Length > 0)
            {
                _asked.Add(verdict.Asked);
            }

            return verdict;
        }

        /// <summary>Adds what the page's verdicts asked of the site's words to <paramref name="asked"/>.</summary>
        public void Tell(ISet<KnownQuery>? asked)
        {
            foreach (var queries in asked is null ? [] : _asked)
            {
                asked!.UnionWith(queries);
            }
        }

        /// <summary>True when the word is right in the language: exempt, known to the page or site, or in its dictionary.</summary>
        public bool Accepts(string word, string language) => Of(word, language).Accepted;
    }

    private string Name(string language) => Names.GetValueOrDefault(language, language);

    private static string Join(IReadOnlyList<string> words) =>
        words.Count == 1 ? $"'{words[0]}'" : string.Join(", ", words.Take(words.Count - 1).Select(w => $"'{w}'")) + $" or '{words[^1]}'";
}
