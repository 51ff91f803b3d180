using ActionPlan.Build;

namespace ActionPlan.Tests.Support;

/// <summary>The real site built once into a folder of its own, for tests that only read its output.</summary>
public abstract class RealSiteBuild : IAsyncLifetime
{
    private readonly Lazy<Task<BuildResult>> _build;

    private protected RealSiteBuild(bool printPdfs) =>
        _build = new(() => SiteBuilder.BuildAsync(
            new BuildOptions(RealSite.Folder, Output) { CompiledTemplateFolder = TestSite.SharedTemplates, PrintPdfs = printPdfs },
            TestContext.Current.CancellationToken));

    public string Output { get; } = Path.Combine(Scratch.NewFolder(), "output");

    /// <summary>The build's result, once <see cref="BuildAsync"/> has finished.</summary>
    public BuildResult? Result => _build.IsValueCreated && _build.Value.IsCompletedSuccessfully ? _build.Value.Result : null;

    /// <summary>Builds the site on the first call; every later call gives the same build.</summary>
    public Task<BuildResult> BuildAsync() => _build.Value;

    /// <summary>Nothing by default: xunit makes a class's fixture even when none of its tests runs, so a costly build waits to be asked for.</summary>
    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Path.GetDirectoryName(Output)))
        {
            Directory.Delete(Path.GetDirectoryName(Output)!, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>The classes that read the real site's output share one build of it (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class RealSiteCollection : ICollectionFixture<Build.RealSiteTests.Built>
{
    public const string Name = "The real site, built once";
}
