using System.Security.Cryptography;

namespace ActionPlan.Tests.Support;

/// <summary>Every file below a folder with the hash of its bytes, to prove an output folder was left exactly as it was.</summary>
internal static class FolderSnapshot
{
    public static Dictionary<string, string> Of(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
