namespace ActionPlan.Tests.Support;

/// <summary>A test site built once for a whole test class, whose tests only read its output.</summary>
public abstract class BuiltSite : IAsyncLifetime
{
    private protected BuiltSite(TestSite site) => Site = site;

    internal TestSite Site { get; }

    public async ValueTask InitializeAsync()
    {
        var result = await Site.BuildAsync();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
    }

    public ValueTask DisposeAsync()
    {
        Site.Dispose();
        return ValueTask.CompletedTask;
    }
}
