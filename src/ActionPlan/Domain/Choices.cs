using System.Text;

namespace ActionPlan.Domain;

/// <summary>The written names of enum values: an enum member <c>InProgress</c> is written <c>in-progress</c>.</summary>
public static class Choices
{
    /// <summary>The written name of a value.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var text = new StringBuilder();
        foreach (var c in value.ToString())
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>Every written name, in declaration order.</summary>
    public static IReadOnlyList<string> Names<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(Name).ToList();

    /// <summary>The value with a written name, or null.</summary>
    public static T? Parse<T>(string name)
        where T : struct, Enum => Enum.GetValues<T>().Where(v => Name(v) == name).Select(v => (T?)v).FirstOrDefault();
}
