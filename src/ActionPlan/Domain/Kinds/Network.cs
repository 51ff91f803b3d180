namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>An international network in the register.</summary>
    public static readonly ContentKind Network = new(order: 3, name: "network", folder: "networks", description: "An international network in the register of networks.",
        [
            new TextField("theme", true, "what the network works on", "What the network works on"),
            new ReferenceField("contact", help: "the unit that holds the membership", "contact", "project-office"),
            new NumberField("register", true, "the years whose register edition includes the network", 1900, 2999, 0, many: true,
                missing: "'register' must list the years whose register edition includes the network, e.g. 'register: [2007, 2008]'.", values: "years: [2007, 2008]"),
        ],
        v => v.Get<string>("theme") is { } theme && v.Get<string>("contact") is { } contact && v.Get<IReadOnlyList<int>>("register") is { Count: > 0 } years
            ? new NetworkFacts(theme, contact, years)
            : null)
    {
        ReferenceKey = "networks", Filtered = true,
    };
}

/// <summary>A network in the register.</summary>
/// <param name="Theme">What the network works on (prose, in the page's language).</param>
/// <param name="Contact">The id of the contact unit that holds the membership.</param>
/// <param name="RegisterYears">The years whose register edition lists the network.</param>
public sealed record NetworkFacts(string Theme, string Contact, IReadOnlyList<int> RegisterYears) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Network;
}
