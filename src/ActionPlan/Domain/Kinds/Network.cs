namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>An international network in the register.</summary>
    public static readonly ContentKind Network = new(order: 3, name: "network", folder: "networks", description: "An international network in the register of networks.",
        NetworkFields.All,
        v => v.Get(NetworkFields.Theme) is { } theme && v.Get(NetworkFields.Contact) is { } contact && v.Get(NetworkFields.Register) is { Count: > 0 } years
            ? new NetworkFacts(theme, contact, years)
            : null)
    {
        ReferenceKey = "networks", Filtered = true,
    };
}

/// <summary>A network's own fields.</summary>
public static class NetworkFields
{
    /// <summary>What the network works on.</summary>
    public static readonly TextField Theme = new("theme", true, "what the network works on", "What the network works on");

    /// <summary>The unit that holds the membership.</summary>
    public static readonly ReferenceField Contact = new("contact", help: "the unit that holds the membership", "contact", "project-office");

    /// <summary>The years whose register edition includes the network.</summary>
    public static readonly NumbersField Register = new("register", true, "the years whose register edition includes the network", 1900, 2999, 0,
        missing: "'register' must list the years whose register edition includes the network, e.g. 'register: [2007, 2008]'.", values: "years: [2007, 2008]");

    /// <summary>The fields, in the order editors see them.</summary>
    public static IReadOnlyList<Field> All { get; } = [Theme, Contact, Register];
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
