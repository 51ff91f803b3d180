using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace ActionPlan.Serving;

/// <summary>
/// The files of the build the preview shows, for ASP.NET's static files: whichever folder the last build left to serve
/// (<see cref="ShownBuild.Folder"/>), and nothing outside it (a path that leads out of the folder is not found).
/// </summary>
internal sealed class ShownFiles(Func<PreviewState> state) : IFileProvider, IDisposable
{
    // One provider per folder ever shown: the preview's own and output/, at most a few.
    private readonly ConcurrentDictionary<string, PhysicalFileProvider> _folders = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public IFileInfo GetFileInfo(string subpath) => Folder()?.GetFileInfo(subpath) ?? new NotFoundFileInfo(subpath);

    /// <inheritdoc/>
    public IDirectoryContents GetDirectoryContents(string subpath) => Folder()?.GetDirectoryContents(subpath) ?? NotFoundDirectoryContents.Singleton;

    /// <inheritdoc/>
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    /// <summary>Lets go of the folders' providers.</summary>
    public void Dispose()
    {
        foreach (var provider in _folders.Values)
        {
            provider.Dispose();
        }
    }

    // Every file the build wrote is served, dot-files too, as a web server publishing the folder would.
    private PhysicalFileProvider? Folder() =>
        state().Build.Folder is { } folder && Directory.Exists(folder)
            ? _folders.GetOrAdd(folder, f => new PhysicalFileProvider(f, ExclusionFilters.None))
            : null;
}
