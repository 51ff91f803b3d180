using System.Reflection;
using RazorLight;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace ActionPlan.Rendering;

/// <summary>
/// Makes the one RazorLight engine a build renders with. With a <see cref="CompiledTemplateStore"/>, a template
/// compiled in an earlier run is loaded from disk, and a freshly compiled one is saved there for the next run.
/// </summary>
internal static class RazorEngineFactory
{
    // RazorLight makes its source generator only inside its builder; the engine below reuses that one.
    private static readonly FieldInfo? GeneratorField =
        typeof(RazorTemplateCompiler).GetField("_razorSourceGenerator", BindingFlags.NonPublic | BindingFlags.Instance);

    /// <summary>An engine over the theme; compiled templates kept in <paramref name="store"/> when it is given.</summary>
    public static RazorLightEngine Create(ThemeRazorProject project, CompiledTemplateStore? store)
    {
        var operatingAssembly = typeof(PageView).Assembly;
        var engine = new RazorLightEngineBuilder()
            .UseProject(project)
            .UseMemoryCachingProvider()
            .SetOperatingAssembly(operatingAssembly)
            .Build();
        if (store is null || engine.Handler is not EngineHandler handler || handler.Compiler is not RazorTemplateCompiler built
            || GeneratorField?.GetValue(built) is not RazorSourceGenerator generator)
        {
            return engine;
        }

        var options = handler.Options;
        var references = new DefaultMetadataReferenceManager(options.AdditionalMetadataReferences, options.ExcludedAssemblies);
        var compilation = new RoslynCompilationService(references, operatingAssembly, new SaveToStore(store));
        var compiler = new StoredTemplateCompiler(generator, compilation, project, options, store);
        return new RazorLightEngine(new EngineHandler(options, compiler, new TemplateFactoryProvider(), handler.Cache));
    }

    /// <summary>Loads a template from the store when it holds one for the template's current text; else compiles it.</summary>
    private sealed class StoredTemplateCompiler(
        RazorSourceGenerator generator, ICompilationService compilation, RazorLightProject project, RazorLightOptions options, CompiledTemplateStore store)
        : RazorTemplateCompiler(generator, compilation, project, options)
    {
        protected override Task<CompiledTemplateDescriptor> CompileAndEmitAsync(RazorLightProjectItem projectItem)
        {
            if (projectItem is ThemeRazorProject.ThemeTemplate template && store.TryLoad(template.Stamp) is { } assembly
                && assembly.GetCustomAttribute<RazorLightTemplateAttribute>() is { } attribute)
            {
                return Task.FromResult(new CompiledTemplateDescriptor { TemplateKey = projectItem.Key, TemplateAttribute = attribute });
            }

            return base.CompileAndEmitAsync(projectItem);
        }
    }

    /// <summary>RazorLight hands every assembly it compiles to this callback; it goes into the store.</summary>
    private sealed class SaveToStore(CompiledTemplateStore store) : IPrecompileCallback
    {
        public void Invoke(IGeneratedRazorTemplate generatedRazorTemplate, byte[] rawAssembly, byte[] rawSymbolStore)
        {
            if (generatedRazorTemplate.ProjectItem is ThemeRazorProject.ThemeTemplate template)
            {
                store.Save(template.Stamp, rawAssembly);
            }
        }
    }
}
