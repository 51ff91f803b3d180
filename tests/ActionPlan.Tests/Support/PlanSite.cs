namespace ActionPlan.Tests.Support;

/// <summary>
/// A small action plan site, written inline: an action plan for 2007-2009 and its two focus areas with goals assessed
/// in 2007 and 2008 (each status cited to the status publication), a contact
/// unit, two networks (one only in the 2008 register), three activities over two years, two projects (one
/// presented in English in 2008), a city and a role with internal details that must stay out of the output.
/// </summary>
internal static class PlanSite
{
    /// <summary>The line that says as of when a page's facts hold, last in the front matter of each page that states facts.</summary>
    public const string AsOf = "as_of: 2008";

    /// <summary>The front matter facts of focus area 1: two goals, assessed in 2007 and 2008.</summary>
    public const string Homelessness = """
        number: 1
        office: project-office
        aims: [learning]
        objectives: [3]
        goals:
          - id: "1"
            text: A contact arrangement
            assessments:
              - { year: 2007, status: in-progress, sources: [status-2008] }
              - { year: 2008, status: achieved, reason: In place, sources: [status-2008] }
          - id: "2"
            text: A working group
            assessments:
              - { year: 2008, status: postponed, sources: [status-2008] }
        plan: action-plan
        """;

    /// <summary>The front matter facts of focus area 2: one goal, not achieved in 2008.</summary>
    public const string Visibility = """
        number: 2
        office: project-office
        aims: [influential, growing]
        objectives: [5]
        goals:
          - id: "1"
            text: Two projects in English a year
            assessments:
              - { year: 2008, status: not-achieved, sources: [status-2008] }
        plan: action-plan
        """;

    /// <summary>The period of the site's action plan (the publication <c>action-plan</c>), which both focus areas belong to.</summary>
    public const string PlanPeriod = "2007-2009";

    /// <summary>The action plan's publication pages, covering a period.</summary>
    public static (string Path, string Text)[] Plan(string period) =>
    [
        ("content/publications/action-plan.en.md", TestSite.Page("Action plan", "", $"year: {period[..4]}\nperiod: {period}")),
        ("content/publications/action-plan.da.md", TestSite.Page("Handlingsplan", "", $"year: {period[..4]}\nperiod: {period}")),
    ];

    /// <summary>
    /// The site with focus area 2's goal also measured from the site's pages: projects first published in English, two
    /// a year from 2007 (the projects carry dates: outside git nothing else dates them).
    /// </summary>
    public static (string Path, string Text)[] WithWebGoal(params (string Path, string Text)[] replace)
    {
        var measured = Visibility.Replace("text: Two projects in English a year\n", "text: Two projects in English a year\n    measure: { count: project, language: en, from: 2007, per_year: 2 }\n", StringComparison.Ordinal);
        return Files([("content/focus-areas/fa-02.en.md", TestSite.Page("2. Visibility", "", measured + "\n" + AsOf)), ("content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", measured + "\n" + AsOf)), .. replace]);
    }

    public static (string Path, string Text)[] Files(params (string Path, string Text)[] replace)
    {
        var files = new List<(string Path, string Text)>
        {
            ("content/_index.en.md", TestSite.Page("Home")),
            ("content/_index.da.md", TestSite.Page("Forside")),
        };
        foreach (var (folder, en, da) in new[]
                 {
                     ("focus-areas", "Focus areas", "Fokusområder"), ("contacts", "Contacts", "Kontakter"), ("networks", "Networks", "Netværk"),
                     ("activities", "Activities", "Aktiviteter"), ("projects", "Projects", "Projekter"), ("cities", "Cities", "Byer"),
                     ("publications", "Publications", "Publikationer"),
                 })
        {
            files.Add(($"content/{folder}/_index.en.md", TestSite.Page(en)));
            files.Add(($"content/{folder}/_index.da.md", TestSite.Page(da)));
        }

        // Every page that states facts says as of when (here without sources, as the site has one publication only).
        void Twin(string path, string en, string da, string facts, string body = "")
        {
            files.Add(($"content/{path}.en.md", TestSite.Page(en, body, facts + "\n" + AsOf)));
            files.Add(($"content/{path}.da.md", TestSite.Page(da, body, facts + "\n" + AsOf)));
        }

        Twin("focus-areas/fa-01", "1. Homelessness", "1. Hjemløse", Homelessness);
        Twin("focus-areas/fa-02", "2. Visibility", "2. Synlighed", Visibility);
        Twin("contacts/project-office", "Project Office", "Projektkontoret", "type: unit");
        Twin("contacts/coordinator", "International coordinator", "International koordinator", """
            type: role
            internal:
              person: Jane Doe-Hansen
              phone: "33 99 88 77"
              email: jane.doe@internal.example
            """);
        Twin("networks/eurocities", "Eurocities", "Eurocities", "theme: Social inclusion\ncontact: project-office\nregister: [2007, 2008]\nfocus_areas: [fa-01]");
        Twin("networks/ecacp", "ECACP", "ECACP", "theme: Child poverty\ncontact: project-office\nregister: [2008]\ncities: [berlin]");
        Twin("activities/2007-11-gdansk", "AGM in Gdansk", "Generalforsamling i Gdansk", "type: network-meeting\nwhen: 2007-11\nstatus: held\nnetworks: [eurocities]");
        Twin("activities/2007-03-newcastle", "Forum in Newcastle", "Forum i Newcastle", "type: network-meeting\nwhen: 2007-03-14\nstatus: held");
        Twin("activities/2008-04-berlin", "Visit to Berlin", "Besøg i Berlin", "type: visit-made\nwhen: 2008-04\nstatus: planned\ncities: [berlin]\nfocus_areas: [fa-01]");
        Twin("cities/berlin", "Berlin", "Berlin", "country: Germany");
        files.AddRange(Plan(PlanPeriod));
        files.Add(("content/publications/status-2008.en.md", TestSite.Page("Status of the international work 2008", "", "year: 2008")));
        files.Add(("content/publications/status-2008.da.md", TestSite.Page("Status for det internationale arbejde 2008", "", "year: 2008")));
        files.Add(("content/projects/housing.en.md", TestSite.Page("Housing", "", "date: 2008-05-01\nfocus_areas: [fa-01]\ncities: [berlin]\n" + AsOf)));
        files.Add(("content/projects/housing.da.md", TestSite.Page("Boliger", "", "date: 2009-01-01\nfocus_areas: [fa-01]\ncities: [berlin]\n" + AsOf)));
        files.Add(("content/projects/outreach.en.md", TestSite.Page("Outreach", "", "date: 2007-02-01\nfocus_areas: [fa-02]\n" + AsOf)));
        files.Add(("content/projects/outreach.da.md", TestSite.Page("Opsøgende arbejde", "", "date: 2007-02-01\nfocus_areas: [fa-02]\n" + AsOf)));

        foreach (var (path, text) in replace)
        {
            files.RemoveAll(f => f.Path == path);
            files.Add((path, text));
        }

        return [.. files];
    }
}
