using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionPlan.Admin;

/// <summary>Renders an admin page (a Razor component, compiled with the tool) to a whole HTML document.</summary>
internal static class AdminPageRenderer
{
    /// <summary>The HTML of <typeparamref name="TPage"/> with <paramref name="parameters"/>, rendered with <paramref name="services"/>.</summary>
    public static async Task<string> RenderAsync<TPage>(IServiceProvider services, IReadOnlyDictionary<string, object?> parameters)
        where TPage : IComponent
    {
        await using var renderer = new HtmlRenderer(services, services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(parameters.ToDictionary()))).ToHtmlString());
    }
}
