using System.Runtime.InteropServices;

namespace ActionPlan.Output;

/// <summary>A second name for an existing file, where the system offers it (Linux and macOS); .NET has no API of its own for it.</summary>
internal static class HardLink
{
    /// <summary>Makes <paramref name="created"/> name the same file as <paramref name="existing"/>; false when that cannot be done.</summary>
    public static bool TryCreate(string existing, string created)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return Link(existing, created) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport, which would need unsafe code allowed; strings go as UTF-8 off Windows.
    [DllImport("libc", EntryPoint = "link")]
    private static extern int Link(string existing, string created);
}
