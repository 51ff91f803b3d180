namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A unit or role that can be contacted; never a person.</summary>
    public static readonly ContentKind Contact = new(order: 7, name: "contact", folder: "contacts", description: "A unit or role that holds contacts (never a person).",
        ContactFields.All,
        v => v.Get(ContactFields.Type) is { } type ? new ContactFacts(type == ContactType.Role) : null);
}

/// <summary>A contact's own fields.</summary>
public static class ContactFields
{
    /// <summary>A unit or a role.</summary>
    public static readonly ChoiceField<ContactType> Type = new("type", true, "a unit or a role", ContactType.Unit);

    /// <summary>Notes for editors only.</summary>
    public static readonly InternalField Internal = new("internal", help: "names and direct numbers for editors only; never published");

    /// <summary>The fields, in the order editors see them.</summary>
    public static IReadOnlyList<Field> All { get; } = [Type, Internal];
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
