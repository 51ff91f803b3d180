using ActionPlan.Build;
using ActionPlan.Diagnostics;

namespace ActionPlan.Caching;

/// <summary>
/// The last published build of a site, remembered (in <c>.actionplan/build/last</c>) as the digest of its inputs
/// (<see cref="BuildInputs"/>), the output it left (each file's size and time, and the record of its addresses) and
/// its result. A build whose inputs have the same digest, into an output still exactly as that build left it,
/// would make the same files and find the same problems, so it is not done again: its result is given again.
/// </summary>
internal sealed record LastBuild(byte[] Inputs, string Output, byte[] State, BuildResult Result)
{
    private const string Kind = "actionplan-last-build-1";

    /// <summary>The file a site's cache folder keeps it in.</summary>
    public static string FileIn(string cacheFolder) => Path.Combine(cacheFolder, CacheFile.Folder, "last");

    /// <summary>The last build as saved, and how the file was found.</summary>
    public static (LastBuild? Build, CacheFile.Found Found) Load(string file)
    {
        var (found, payload) = CacheFile.Read(file, Kind);
        if (found != CacheFile.Found.Whole)
        {
            return (null, found);
        }

        using var reader = new BinaryReader(new MemoryStream(payload));
        var (inputs, output, state) = (reader.ReadBytes(reader.ReadInt32()), reader.ReadString(), reader.ReadBytes(reader.ReadInt32()));
        var diagnostics = reader.ReadDiagnostics();
        var (pages, assets, links, missing, files) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        var basePath = reader.ReadBoolean() ? reader.ReadString() : null;
        var writing = reader.ReadWritingReport();
        var result = new BuildResult(diagnostics, pages, assets, links, Published: true, ConfigurationFailed: false)
        {
            MissingTwins = missing,
            FilesUnchanged = files,
            BasePath = basePath,
            Writing = writing,
        };
        return (new LastBuild(inputs, output, state, result), found);
    }

    /// <summary>Saves it at <paramref name="file"/>.</summary>
    public void Save(string file)
    {
        CacheFile.Write(file, Kind, writer =>
        {
            writer.Write(Inputs.Length);
            writer.Write(Inputs);
            writer.Write(Output);
            writer.Write(State.Length);
            writer.Write(State);
            writer.Write(Result.Diagnostics);
            writer.Write(Result.Pages);
            writer.Write(Result.Assets);
            writer.Write(Result.LinksChecked);
            writer.Write(Result.MissingTwins);
            writer.Write(Result.FilesUnchanged);
            writer.Write(Result.BasePath is not null);
            if (Result.BasePath is { } basePath)
            {
                writer.Write(basePath);
            }

            writer.Write(Result.Writing);
        });
    }

    /// <summary>
    /// The result of a published build, as the next build with the same inputs would find it: the same, but for the
    /// warnings about addresses the build before it had published (that build's output is now the previous one) and
    /// the notes on a damaged cache (the next build finds it whole), and with every one of the output's <paramref name="files"/> kept.
    /// </summary>
    public static BuildResult Remembered(BuildResult published, int files) =>
        published with { Diagnostics = [.. published.Diagnostics.Where(d => d.Code is not (Checking.DroppedAddressChecker.Code or CacheFile.DamagedCode))], FilesUnchanged = files };

    /// <summary>
    /// What of an output folder a build relies on: each file's path, size and last change, and the record of
    /// its addresses beside it (which the next build compares its addresses with).
    /// </summary>
    public static byte[] StateOf(string output) => Survey(output).State;

    /// <summary>An output folder's state (<see cref="StateOf"/>) and how many files it holds.</summary>
    public static (byte[] State, int Files) Survey(string output)
    {
        var key = new KeyBuilder();
        var record = Checking.DroppedAddressChecker.RecordOf(output);
        key.Add(File.Exists(record) ? File.ReadAllText(record) : "");
        if (!Directory.Exists(output))
        {
            return (key.Add(-1).Digest(), 0);
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var files = new System.IO.Enumeration.FileSystemEnumerable<(string Path, long Length, long Time)>(output,
            (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory ? -1 : entry.Length, entry.LastWriteTimeUtc.UtcTicks), options);
        var count = 0;
        foreach (var (path, length, time) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            key.Add(path).Add(length).Add(time);
            count += length >= 0 ? 1 : 0;
        }

        return (key.Digest(), count);
    }

    /// <summary>True when a build with inputs of digest <paramref name="inputs"/> into <paramref name="output"/> would be this one again.</summary>
    public bool Repeats(byte[] inputs, string output) =>
        Inputs.AsSpan().SequenceEqual(inputs) && Output == output && State.AsSpan().SequenceEqual(StateOf(output));
}
