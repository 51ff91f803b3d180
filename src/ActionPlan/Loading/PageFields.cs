using ActionPlan.Domain;

namespace ActionPlan.Loading;

/// <summary>
/// The front matter keys every page may have, declared once: the reader (<see cref="FrontMatterReader"/>), its
/// unknown-key check, the JSON Schema and the browser editor's form are made from these as from a kind's own fields.
/// </summary>
public static class PageFields
{
    /// <summary>The page title.</summary>
    public static readonly TextField Title = new("title", true, "the page title: the heading, the browser tab, listings", "The page's title");

    /// <summary>A shorter title where space is short: what fits beside a bar of a status report's chart, and on one line above it on a phone.</summary>
    public static readonly TextField ShortTitle = new("short_title", false, "a shorter title for the main navigation, breadcrumbs and charts; default: the title", "Short title", maxLength: 30);

    /// <summary>One or two sentences for listings and the meta description.</summary>
    public static readonly TextField Summary = new("summary", false, "one or two sentences for listings and search engines", "What the page is about, in a sentence or two.", paragraph: true);

    /// <summary>The URL name in this language.</summary>
    public static readonly NameField Slug = new("slug", help: "the last part of the address in this language; default: the file name", "familien-i-centrum", prose: true);

    /// <summary>When the page was first published.</summary>
    public static readonly DayField Date = new("date", help: "when the page was first published", prose: true);

    /// <summary>When the page last changed in substance.</summary>
    public static readonly DayField Updated = new("updated", help: "when the page last changed in substance", prose: true);

    /// <summary>Orders pages in listings.</summary>
    public static readonly IntegerField Weight = new("weight", help: "orders pages in listings: lower first");

    /// <summary>A layout to use instead of the section's.</summary>
    public static readonly NameField Layout = new("layout", help: "a layout of the theme's Layouts/ to use instead of the section's", "page");

    /// <summary>What the page describes, where its folder does not say.</summary>
    public static readonly KindField Kind = new("kind", false, "what the page describes, where its folder does not say");

    /// <summary>A draft, left off the site.</summary>
    public static readonly SwitchField Draft = new("draft", help: "true: the page is left off the site in every language (built and shown only with --drafts)");

    /// <summary>The day from which the page is no longer published.</summary>
    public static readonly DayField Expires = new("expires", help: "the day from which the page is no longer published", prose: true);

    /// <summary>Old addresses that redirect to the page.</summary>
    public static readonly TextsField Aliases = new("aliases", help: "old addresses that lead here, e.g. en/projects/old-name/", "en/projects/old-name/", prose: true);

    /// <summary>The language the page's twins are translated from.</summary>
    public static readonly LanguageField SourceLanguage = new("source_language", false, "the language this page's twins are translated from");

    /// <summary>In a translation: the day of the source version it follows.</summary>
    public static readonly DayField Translated = new("translated", help: "in a translation: the day of the source version it follows", prose: true);

    /// <summary>Words this page spells right that the spelling dictionary does not know (names, terms).</summary>
    public static readonly TextsField Words = new("words", help: "words on this page that are right but not in the spelling dictionary: names, terms", "Socialforvaltningen", prose: true);

    /// <summary>The fields that name the page, which editors see first.</summary>
    public static IReadOnlyList<Field> Heading { get; } = [Title, ShortTitle, Summary];

    /// <summary>The fields that say how the page is published, which editors see after its content.</summary>
    public static IReadOnlyList<Field> Settings { get; } = [Slug, Date, Updated, Weight, Layout, Kind, Draft, Expires, Aliases, SourceLanguage, Translated, Words];

    /// <summary>Every page's fields, in order.</summary>
    public static IReadOnlyList<Field> All { get; } = [.. Heading, .. Settings];

    /// <summary>The keys of every page's fields.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. All.Select(f => f.Key)];
}
