using ActionPlan.Tests.Support;
using ActionPlan.Writing;

namespace ActionPlan.Tests.Writing;

/// <summary>
/// The test run's Danish and English spelling dictionaries (Debian's hunspell-da and hunspell-en-gb), loaded once. A test
/// that needs them is skipped, saying so, on a machine without them, and fails in CI, where .ci/run installs them.
/// </summary>
internal static class Dictionaries
{
    /// <summary>Both dictionaries; skips or fails the calling test when either is missing.</summary>
    public static async Task<(SpellingDictionary English, SpellingDictionary Danish)> RequireAsync()
    {
        var english = await ActionPlan.Writing.DictionaryShelf.Shared.GetAsync("en_GB");
        var danish = await ActionPlan.Writing.DictionaryShelf.Shared.GetAsync("da_DK");
        if (english is not null && danish is not null)
        {
            return (english, danish);
        }

        var why = $"skipped: no dictionary (en_GB and da_DK in {DictionaryShelf.SystemFolder}; install hunspell-en-gb and hunspell-da, as .ci/run does)";
        Assert.True(Environment.GetEnvironmentVariable("CI") is null, "CI must spell: " + why);
        Assert.Skip(why);
        throw new InvalidOperationException("not reached");
    }
}
