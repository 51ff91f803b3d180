using System.Reflection;
using System.Text.Json;

namespace ActionPlan.Output;

/// <summary>
/// What a good build leaves beside its output folder (<c>.&lt;name&gt;.build</c>, e.g. <c>.output.build</c>): which site
/// it is of, when it was made and by which version of the tool, so a preview can tell a good build of its own site,
/// and its age, from a folder of another site or an interrupted build.
/// </summary>
/// <param name="Site">The site folder's full path.</param>
/// <param name="BuiltAt">When the build finished, in UTC.</param>
/// <param name="Tool">The version of the tool that made it.</param>
/// <param name="BasePath">The path the build's pages are served under (from site.yml).</param>
public sealed record BuildMarker(string Site, DateTimeOffset BuiltAt, string Tool, string BasePath)
{
    /// <summary>The marker's name beside the output folder, after the folder's own name.</summary>
    public const string Name = "build";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The running tool's version (the assembly's informational version).</summary>
    public static string ToolVersion { get; } =
        typeof(BuildMarker).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>A marker for a build of <paramref name="siteDirectory"/> finished now.</summary>
    public static BuildMarker Now(string siteDirectory, string basePath) =>
        new(Path.GetFullPath(siteDirectory), DateTimeOffset.UtcNow, ToolVersion, basePath);

    /// <summary>True when the marker names <paramref name="siteDirectory"/> (compared as full paths).</summary>
    public bool IsOf(string siteDirectory) => string.Equals(Site, Path.GetFullPath(siteDirectory), StringComparison.Ordinal);

    /// <summary>The marker of an output folder, or null when there is none or it cannot be read (an older tool's, or damaged).</summary>
    public static BuildMarker? Read(string outputDirectory)
    {
        var file = StagingFolder.Beside(outputDirectory, Name);
        if (!File.Exists(file) || !Directory.Exists(outputDirectory))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<BuildMarker>(File.ReadAllText(file), Json) is { Site: not null, Tool: not null, BasePath: not null } marker
                ? marker with { BuiltAt = marker.BuiltAt.ToUniversalTime() }
                : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the marker beside <paramref name="outputDirectory"/>, replacing any earlier one.</summary>
    public void Write(string outputDirectory) =>
        File.WriteAllText(StagingFolder.Beside(outputDirectory, Name), JsonSerializer.Serialize(this, Json));

    /// <summary>
    /// Removes an output folder's marker: done before the folder changes, so a build stopped half-way, or one that
    /// wrote pages with errors, is never taken for a good one.
    /// </summary>
    public static void Remove(string outputDirectory)
    {
        var file = StagingFolder.Beside(outputDirectory, Name);
        if (File.Exists(file))
        {
            File.Delete(file);
        }
    }
}
