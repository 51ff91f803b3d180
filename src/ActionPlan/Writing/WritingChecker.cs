using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Model;

namespace ActionPlan.Writing;

/// <summary>
/// The writing phase: reads every written page's prose once, spells it (<see cref="SpellChecker"/>), checks its names
/// against the site's terms (<see cref="TermList"/>), measures its readability, and warns about a page whose LIX is above <c>lix_max</c>. A language whose dictionary is missing gets one
/// note and is not spelled; its pages are still measured.
/// </summary>
public static class WritingChecker
{
    /// <summary>The fewest words a page needs before its LIX is held against <c>lix_max</c>: over a line or two LIX says little ("Welcome." alone has 101).</summary>
    public const int LixMinimumWords = 30;

    /// <summary>
    /// Checks the writing of a site whose folder is <paramref name="siteFolder"/>, with dictionaries from <paramref name="shelf"/>;
    /// a page whose finding <paramref name="memory"/> keeps is not read again, and the dictionaries are loaded only when a page
    /// is; with an <paramref name="answersFolder"/>, only when a page asks about a word no earlier build asked about.
    /// </summary>
    public static async Task<WritingReport> CheckAsync(
        Site site, string siteFolder, DictionaryShelf shelf, DiagnosticBag diagnostics, CancellationToken cancellation = default, Caching.WritingMemory? memory = null,
        string? answersFolder = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        var config = site.Config;
        memory ??= new Caching.WritingMemory();
        var located = config.Languages.ToDictionary(l => l.Code, l => shelf.Locate(l.Dictionary), StringComparer.Ordinal);
        foreach (var language in config.Languages.Where(l => located[l.Code] is null))
        {
            diagnostics.Note("dictionary", SiteConfigReader.FileName, config.LanguageLines.GetValueOrDefault(language.Code), 0,
                $"{EnglishName(language)} pages are not spell-checked: there is no Hunspell dictionary '{language.Dictionary}' ({shelf.Describe(language.Dictionary)}). " +
                $"Install one (Debian and Ubuntu: the hunspell-{language.Code} package or one named like it) or name another with 'dictionary:' in the language's entry in {SiteConfigReader.FileName}.");
        }

        var known = config.Languages.ToDictionary(l => l.Code, l => KnownWordsOf(site, l, siteFolder), StringComparer.Ordinal);
        var terms = config.Languages.ToDictionary(l => l.Code, l => TermList.Read(siteFolder, l.Code, diagnostics), StringComparer.Ordinal);
        var siteKey = SiteKey(config, located, siteFolder);
        var pages = site.Written.OrderBy(p => p.Source.Path, StringComparer.Ordinal).ToList();
        var keys = pages.Select(p => PageKey(siteKey, p)).ToList();
        // A kept finding holds while the site's words answer what its spelling asked of them as they did.
        var findings = pages.Select((_, i) => memory.Recall(keys[i]) is { } kept && kept.Asked.All(q => SpellChecker.Holds(q, known)) ? kept : null).ToArray();
        if (findings.Any(f => f is null))
        {
            var dictionaries = new Dictionary<string, ISpellingDictionary>(StringComparer.Ordinal);
            var kept = new List<(Caching.WordAnswers Answers, string File)>();
            foreach (var language in config.Languages.Where(l => located[l.Code] is not null))
            {
                if (answersFolder is null)
                {
                    if (await shelf.GetAsync(language.Dictionary) is { } dictionary)
                    {
                        dictionaries[language.Code] = dictionary;
                    }

                    continue;
                }

                // The dictionary's answers from earlier builds; the dictionary itself loads only for a word they lack.
                var file = Path.Combine(answersFolder, $"words-{language.Dictionary}");
                var answers = Caching.WordAnswers.Load(file, language.Dictionary, located[language.Code]!, () =>
                    shelf.Get(language.Dictionary) ?? throw new IOException($"the dictionary {language.Dictionary} was removed while the site was built"));
                if (answers.Found == Caching.CacheFile.Found.Damaged)
                {
                    diagnostics.Note("cache", Path.GetRelativePath(siteFolder, file).Replace('\\', '/'), 0, 0,
                        Caching.CacheFile.DamagedMessage);
                }

                dictionaries[language.Code] = answers;
                kept.Add((answers, file));
            }

            var checker = new SpellChecker(dictionaries, known, config.Languages.ToDictionary(l => l.Code, EnglishName, StringComparer.Ordinal));
            Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
            {
                findings[i] ??= memory.Keep(keys[i], Check(pages[i], checker, terms, config));
            });
            foreach (var (answers, file) in kept)
            {
                answers.Save(file);
            }
        }

        foreach (var finding in findings)
        {
            foreach (var diagnostic in finding!.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }
        }

        var figures = findings.Select(f => f!.Readability).ToList();
        var languages = config.Languages
            .Select(l => new LanguageReadability(l.Code, EnglishName(l), ReadabilityFigures.Sum(figures.Where(f => f.Language == l.Code).Select(f => f.Figures))))
            .ToList();
        return new WritingReport(figures, languages);
    }

    /// <summary>One page's writing: its prose read, its names and spelling checked, its readability measured.</summary>
    private static Caching.WritingMemory.Finding Check(Page page, SpellChecker checker, Dictionary<string, TermList> terms, SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        var prose = ProseReader.Read(page.Parsed!, page.Markdown, page.Language.Code);
        var named = CheckTerms(prose, terms, diagnostics);
        var asked = new HashSet<SpellChecker.KnownQuery>();
        checker.Check(prose, page.FrontMatter.Words, diagnostics, named, asked);
        var own = ReadabilityFigures.Of(prose.Sentences.Where(s => s.Language == prose.Language), prose.File);
        if (config.LixMax is { } max && own.RoundedLix > max && own.Words >= LixMinimumWords)
        {
            diagnostics.Warning("lix", prose.File, page.FrontMatter.LineOf(Loading.PageFields.Title.Key), 1,
                $"this page's LIX is {own.RoundedLix}, above lix_max: {max} in {SiteConfigReader.FileName}: shorten its sentences (on average {(double)own.Words / own.Sentences:0.#} words; the longest has {own.LongestWords}, line {own.Longest?.First.Line}) and prefer shorter words.");
        }

        return new(diagnostics.ToSortedList(), new PageReadability(prose.File, page.Language.Code, page.Title, page.UrlPath, own),
            [.. asked.OrderBy(q => q.Language, StringComparer.Ordinal).ThenBy(q => q.Word, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// What every page's finding depends on besides the page and what it asked of the words the site knows
    /// (<see cref="SpellChecker.KnownQuery"/>): the languages and their dictionaries (by file, size and time),
    /// <c>lix_max</c> and the terms files.
    /// </summary>
    private static byte[] SiteKey(SiteConfig config, Dictionary<string, DictionaryShelf.Files?> located, string siteFolder)
    {
        var key = new Caching.KeyBuilder();
        key.Add(config.LixMax ?? -1);
        foreach (var language in config.Languages)
        {
            key.Add(language.Code).Add(language.Dictionary).Add(EnglishName(language));
            if (located[language.Code] is { } files)
            {
                key.AddFile(files.Dic).AddFile(files.Aff);
            }

            var terms = Path.Combine(siteFolder, TermList.FileName(language.Code));
            key.Add(File.Exists(terms) ? File.ReadAllText(terms) : "");
        }

        return key.Digest();
    }

    /// <summary>What a page's finding depends on: the site's key (<see cref="SiteKey"/>), the page's file and text, its title and address.</summary>
    private static string PageKey(byte[] siteKey, Page page) =>
        new Caching.KeyBuilder().Add(siteKey).Add(page.Source.Path).Add(page.Language.Code).Add(page.Title).Add(page.UrlPath).Add(page.Source.Digest).Text();

    /// <summary>
    /// Warns about each variant of a name the site's terms replace, in the language each sentence is written in; the words
    /// of the variants found, which are then not spelled.
    /// </summary>
    private static HashSet<ProseWord> CheckTerms(PageProse prose, Dictionary<string, TermList> terms, DiagnosticBag diagnostics)
    {
        var named = new HashSet<ProseWord>(ReferenceEqualityComparer.Instance);
        foreach (var sentence in prose.Sentences)
        {
            foreach (var (line, column, variant, chosen, words) in terms.GetValueOrDefault(sentence.Language, TermList.None).Find(sentence))
            {
                diagnostics.Warning("terms", prose.File, line, column,
                    $"write '{chosen}', not '{variant}': {TermList.FileName(sentence.Language)} names '{chosen}' as what this site writes.");
                named.UnionWith(words);
            }
        }

        return named;
    }

    /// <summary>The language's name in English (<c>Danish</c>), for messages.</summary>
    public static string EnglishName(Language language) =>
        (language.Culture.IsNeutralCulture ? language.Culture : language.Culture.Parent).EnglishName;

    /// <summary>The words a language's pages may use besides its dictionary's: its pages' titles and short titles, and its word list.</summary>
    private static KnownWords KnownWordsOf(Site site, Language language, string siteFolder)
    {
        var titles = site.Written.Where(p => p.Language == language).SelectMany(p => new[] { p.Title, p.FrontMatter.ShortTitle ?? "" });
        var list = Path.Combine(siteFolder, SpellChecker.WordListFile(language.Code));
        var listed = File.Exists(list) ? File.ReadAllLines(list).Select(l => l.Split('#')[0]) : [];
        return new KnownWords(titles.Concat(listed), language.Code);
    }
}
