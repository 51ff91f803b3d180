using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;

namespace ActionPlan.Editing;

/// <summary>
/// The browser editor's backend in the preview server: answers Decap CMS's local backend protocol (the one its
/// <c>decap-server</c> speaks: a JSON <c>{ action, params }</c> per request) over the site's own files, so editing
/// needs nothing but the .NET SDK and a browser. Pages are read and written only inside content/, images only inside
/// the media folder; a file is never overwritten unless the editor opened it and it has not changed on disk since,
/// and nothing is ever deleted or renamed.
/// </summary>
public sealed class ContentBackend
{
    /// <summary>The folder, below the site, that images uploaded in the editor go to.</summary>
    public const string MediaFolder = "static/images";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _site;
    private readonly ChangeCheck? _check;

    // Each file as the editor was last given it (or saved it): what it may replace.
    private readonly ConcurrentDictionary<string, string> _opened = new(StringComparer.Ordinal);

    /// <summary>A backend over the site in <paramref name="siteDirectory"/>.</summary>
    /// <param name="siteDirectory">The site folder.</param>
    /// <param name="check">The build's check of a change before it is saved; default: none (a save is not checked).</param>
    public ContentBackend(string siteDirectory, ChangeCheck? check = null)
    {
        _site = Path.GetFullPath(siteDirectory);
        _check = check;
    }

    /// <summary>Answers one request: the status code and the JSON body.</summary>
    public (int Status, JsonNode? Body) Handle(JsonNode? request)
    {
        try
        {
            var parameters = request?["params"] as JsonObject ?? [];
            return request?["action"]?.GetValue<string>() switch
            {
                "info" => (200, new JsonObject { ["repo"] = Path.GetFileName(_site), ["publish_modes"] = new JsonArray("simple"), ["type"] = "local_fs" }),
                "entriesByFolder" => (200, EntriesByFolder(Text(parameters, "folder"), parameters["extension"]?.GetValue<string>() ?? "md")),
                "entriesByFiles" => (200, new JsonArray([.. (parameters["files"] as JsonArray ?? []).Select(f => (JsonNode?)Entry(Text(f as JsonObject ?? [], "path")))])),
                "getEntry" => (200, Entry(Text(parameters, "path"))),
                "persistEntry" => (200, PersistEntry(parameters)),
                "getMedia" => (200, Media(Text(parameters, "mediaFolder"))),
                "getMediaFile" => (200, MediaFile(Resolve(Text(parameters, "path"), MediaFolder))),
                "persistMedia" => (200, PersistMedia(parameters["asset"] as JsonObject ?? [])),
                "getDeployPreview" => (200, null),
                var action => Refused(422, $"the preview server does not do '{action}': pages are neither deleted nor renamed from the editor, and there is no editorial workflow; do that in the files"),
            };
        }
        catch (RefusedException refused)
        {
            return Refused(refused.Status, refused.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            return Refused(500, e.Message);
        }
    }

    private static (int, JsonNode?) Refused(int status, string message) => (status, new JsonObject { ["error"] = message });

    private JsonArray EntriesByFolder(string folder, string extension)
    {
        var full = Resolve(folder, ContentScanner.ContentFolder);
        var entries = new JsonArray();
        if (!Directory.Exists(full))
        {
            return entries;
        }

        // Only the section's pages, not its own page (_index), which has no kind's fields: it is edited as a file.
        foreach (var file in Directory.EnumerateFiles(full, "*." + extension).Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(file).StartsWith('_'))
            {
                entries.Add(Entry(Relative(file)));
            }
        }

        return entries;
    }

    private JsonObject Entry(string path)
    {
        var full = Resolve(path, ContentScanner.ContentFolder);
        if (!File.Exists(full))
        {
            return new JsonObject { ["data"] = null, ["file"] = new JsonObject { ["path"] = path, ["id"] = null } };
        }

        var bytes = File.ReadAllBytes(full);
        var id = Hash(bytes);
        _opened[full] = id;
        return new JsonObject { ["data"] = Utf8.GetString(bytes), ["file"] = new JsonObject { ["path"] = path, ["id"] = id } };
    }

    private JsonObject PersistEntry(JsonObject parameters)
    {
        var files = parameters["dataFiles"] as JsonArray ?? (parameters["entry"] is JsonObject entry ? new JsonArray(entry.DeepClone()) : []);
        // A new page never replaces a file, whoever made it.
        var creating = parameters["options"]?["newEntry"] is JsonValue flag && flag.TryGetValue<bool>(out var isNew) && isNew;
        var config = SiteConfigReader.Read(_site, new DiagnosticBag())
            ?? throw new RefusedException(422, $"the site's {SiteConfigReader.FileName} cannot be read, so nothing is saved; run 'actionplan check' to see why");
        var sent = new List<EntryMerger.File>();
        foreach (var file in files.OfType<JsonObject>())
        {
            var path = Text(file, "path");
            if (file["newPath"] is JsonValue newPath && newPath.GetValue<string>() != path)
            {
                throw new RefusedException(422, $"'{path}' would be renamed to '{newPath}', which would change its address and break links to it; rename the file itself, or keep its title's first version");
            }

            var full = Resolve(path, ContentScanner.ContentFolder);
            if (!full.EndsWith(".md", StringComparison.Ordinal))
            {
                throw new RefusedException(422, $"'{path}' is not a page (a .md file)");
            }

            sent.Add(new EntryMerger.File(path, OnDisk(full), Text(file, "raw").ReplaceLineEndings("\n")));
        }

        // Twins the editor did not send are given the facts too: a save never leaves the languages disagreeing.
        var twins = sent.SelectMany(f => config.Languages.Select(l => TwinPath(f.Path, l.Code))).Distinct(StringComparer.Ordinal)
            .Where(p => sent.All(f => f.Path != p) && File.Exists(Resolve(p, ContentScanner.ContentFolder)))
            .Select(p => OnDisk(Resolve(p, ContentScanner.ContentFolder)) is { } text ? new EntryMerger.File(p, text, text) : null).OfType<EntryMerger.File>().ToList();

        IReadOnlyList<(string Path, string Text)> merged;
        try
        {
            merged = EntryMerger.Merge([.. sent, .. twins], config, creating);
        }
        catch (FormatException e)
        {
            throw new RefusedException(422, e.Message);
        }

        // Only files whose text changes are written: an unchanged save leaves every byte as it was.
        var onDisk = sent.Concat(twins).ToDictionary(f => f.Path, f => f.OnDisk, StringComparer.Ordinal);
        var changed = merged.Where(m => m.Text != onDisk[m.Path]).ToList();
        var twinPaths = twins.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
        var writes = changed.Select(m => (m.Path, Full: Resolve(m.Path, ContentScanner.ContentFolder), m.Text))
            .Select(w => (w.Path, w.Full, Bytes: Bytes(w.Text, w.Full))).ToList();
        var assets = (parameters["assets"] as JsonArray ?? []).OfType<JsonObject>().Select(Asset).ToList();

        // Every check before any write: a save is whole or not at all.
        foreach (var (path, full, _) in writes)
        {
            MayWrite(full, creating, opened: !twinPaths.Contains(path));
        }

        foreach (var (full, _) in assets)
        {
            MayWrite(full, creating: true);
        }

        // The build's own check of the site as the save would leave it: what it newly finds wrong refuses the save.
        var errors = changed.Count == 0 || _check is null ? [] : _check([.. changed.Select(c => ContentScanner.SourceFor(c.Path, config, new DiagnosticBag(), c.Text)).OfType<SourceFile>()]);
        if (errors.Count > 0)
        {
            throw new RefusedException(422, $"Not saved: the site would not build. {string.Join(" ", errors.Take(10).Select(e => $"{e.File}:{e.Line}:{e.Column}: {e.Message}"))}"
                + (errors.Count > 10 ? $" (and {errors.Count - 10} more)" : "") + " Change the page and publish again; nothing was written.");
        }

        foreach (var (full, bytes) in writes.Select(w => (w.Full, w.Bytes)).Concat(assets))
        {
            Write(full, bytes);
        }

        return new JsonObject { ["message"] = "entry persisted" };
    }

    /// <summary>A file's text as the build reads it ('\n' line ends, no byte-order mark), or null when there is none.</summary>
    private static string? OnDisk(string full) => File.Exists(full) ? ContentScanner.ReadText(full, full, new DiagnosticBag()) : null;

    /// <summary>The bytes of a new text in the form of the file it replaces (its line ends, its byte-order mark).</summary>
    private static byte[] Bytes(string text, string full) => ContentScanner.AsWritten(text, File.Exists(full) ? File.ReadAllBytes(full) : []);

    /// <summary>The path of a page's twin in another language: <c>x.en.md</c> to <c>x.da.md</c>.</summary>
    private static string TwinPath(string path, string code)
    {
        var parts = path.Split('.');
        return parts.Length < 3 ? path : string.Join('.', parts[..^2]) + $".{code}.md";
    }

    private JsonArray Media(string folder)
    {
        var full = Resolve(folder, MediaFolder);
        return Directory.Exists(full)
            ? new JsonArray([.. Directory.EnumerateFiles(full).Order(StringComparer.Ordinal).Select(f => (JsonNode)MediaFile(f))])
            : [];
    }

    private JsonObject MediaFile(string full)
    {
        var bytes = File.ReadAllBytes(full);
        return new JsonObject
        {
            ["id"] = Hash(bytes), ["content"] = Convert.ToBase64String(bytes), ["encoding"] = "base64",
            ["path"] = Relative(full), ["name"] = Path.GetFileName(full),
        };
    }

    private JsonObject PersistMedia(JsonObject asset)
    {
        var (full, bytes) = Asset(asset);
        MayWrite(full, creating: true);
        Write(full, bytes);
        return MediaFile(full);
    }

    private (string Full, byte[] Bytes) Asset(JsonObject asset)
    {
        if (asset["encoding"]?.GetValue<string>() != "base64")
        {
            throw new RefusedException(422, "an upload must be sent base64-encoded");
        }

        return (Resolve(Text(asset, "path"), MediaFolder), Convert.FromBase64String(Text(asset, "content")));
    }

    /// <summary>Refuses to replace a file the editor was not given, or one that changed on disk since it was.</summary>
    private void MayWrite(string full, bool creating, bool opened = true)
    {
        if (!File.Exists(full))
        {
            return;
        }

        var path = Relative(full);
        if (creating)
        {
            throw new RefusedException(409, $"'{path}' already exists; give the new page (or image) another name");
        }

        if (!opened)
        {
            return;
        }

        if (!_opened.TryGetValue(full, out var given))
        {
            throw new RefusedException(409, $"'{path}' was not opened in the editor, so it is not replaced; open it first");
        }

        if (given != Hash(File.ReadAllBytes(full)))
        {
            throw new RefusedException(409, $"'{path}' changed on disk after the editor opened it, so it is not replaced; reload the page in the editor to see the new version, then make the change again");
        }
    }

    private void Write(string full, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);

        // Written beside and moved into place, so the preview's rebuild never reads half a file.
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, full, overwrite: true);
        _opened[full] = Hash(bytes);
    }

    /// <summary>
    /// The full path of a '/'-separated path relative to the site, which must lie inside <paramref name="root"/> (a
    /// folder of the site) without a '..' step or a symbolic link on the way.
    /// </summary>
    private string Resolve(string path, string root)
    {
        var segments = path.Split('/');
        if (path.Length == 0 || Path.IsPathRooted(path) || path.Contains('\\') || segments.Any(s => s is "" or "." or ".."))
        {
            throw new RefusedException(422, $"'{path}' is not a path inside the site");
        }

        var rootSegments = root.Split('/');
        if (segments.Length < rootSegments.Length || !segments.Take(rootSegments.Length).SequenceEqual(rootSegments, StringComparer.Ordinal))
        {
            throw new RefusedException(403, $"'{path}' is outside {root}/, which is all the editor may read or write here");
        }

        var current = _site;
        foreach (var segment in segments)
        {
            current = Path.Combine(current, segment);
            if (new FileInfo(current) is { Exists: true, LinkTarget: not null } || new DirectoryInfo(current) is { Exists: true, LinkTarget: not null })
            {
                throw new RefusedException(403, $"'{path}' goes through a symbolic link, which the editor does not follow");
            }
        }

        return current;
    }

    private string Relative(string full) => Path.GetRelativePath(_site, full).Replace('\\', '/');

    private static string Text(JsonObject node, string key) =>
        node[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw new RefusedException(422, $"the request has no '{key}'");

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private sealed class RefusedException(int status, string message) : Exception(message)
    {
        public int Status => status;
    }
}
