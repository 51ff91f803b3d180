namespace ActionPlan.Diagnostics;

/// <summary>
/// Finds what an editor probably meant: the known names nearest to a mistyped one by edit distance. Names whose
/// numbers differ are never suggested for each other (<c>fa-03</c> is not a typo of <c>fa-13</c>), and a bare
/// number is matched to the names that carry it (<c>3</c> → <c>fa-03</c>).
/// </summary>
public static class Suggestions
{
    /// <summary>Up to <paramref name="max"/> known names near <paramref name="name"/>, nearest first (then in ordinal order).</summary>
    public static IReadOnlyList<string> Nearest(string name, IEnumerable<string> known, int max)
    {
        var wanted = name.ToLowerInvariant();
        var numbers = Numbers(wanted);
        var limit = Math.Max(2, wanted.Length / 3);
        var onlyNumber = wanted.Length > 0 && wanted.All(char.IsAsciiDigit);
        return known
            .Where(k => k != name)
            .Select(k => (Name: k, Distance: Distance(wanted, k.ToLowerInvariant())))
            .Where(c => onlyNumber ? Numbers(c.Name).SequenceEqual(numbers) : c.Distance <= limit && SameNumbers(numbers, Numbers(c.Name)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.Name)
            .ToList();
    }

    private static bool SameNumbers(IReadOnlyList<long> a, IReadOnlyList<long> b) => a.Count == 0 || b.Count == 0 || a.SequenceEqual(b);

    /// <summary>The numbers written in a name, by value (<c>fa-03</c> → 3).</summary>
    private static IReadOnlyList<long> Numbers(string text)
    {
        var numbers = new List<long>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            numbers.Add(long.TryParse(text.AsSpan(start, Math.Min(i - start, 18)), out var n) ? n : -1);
        }

        return numbers;
    }

    /// <summary>The Levenshtein distance between two texts.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
