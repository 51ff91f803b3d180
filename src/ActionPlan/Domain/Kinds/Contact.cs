namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A unit or role that can be contacted; never a person.</summary>
    public static readonly ContentKind Contact = new(order: 7, name: "contact", folder: "contacts", description: "A unit or role that holds contacts (never a person).",
        [
            new ChoiceField<ContactType>("type", true, "a unit or a role", ContactType.Unit),
            new InternalField("internal", help: "names and direct numbers for editors only; never published"),
        ],
        v => v.Choice<ContactType>("type") is { } type ? new ContactFacts(type == ContactType.Role) : null);
}

/// <summary>What a contact is.</summary>
public enum ContactType
{
    /// <summary>An office or other unit (the Project Office).</summary>
    Unit,

    /// <summary>A role (the international coordinator).</summary>
    Role,
}

/// <summary>A unit or role to contact; its <c>internal:</c> fields are checked to be a mapping and then dropped.</summary>
/// <param name="IsRole">True for a role (the international coordinator), false for a unit (the Project Office).</param>
public sealed record ContactFacts(bool IsRole) : KindFacts
{
    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.Contact;
}
