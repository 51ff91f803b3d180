using RazorLight.Razor;

namespace ActionPlan.Rendering;

/// <summary>Lets RazorLight read templates from the layered theme; a key is a path without '.cshtml'.</summary>
internal sealed class ThemeRazorProject : RazorLightProject
{
    private const string Extension = ".cshtml";
    private const string ImportsKey = "_ViewImports";
    private readonly ThemeFiles _theme;

    // Every template is compiled with the same imports: read once, not once per template.
    private readonly Lazy<ThemeTemplate?> _imports;

    public ThemeRazorProject(ThemeFiles theme)
    {
        _theme = theme;
        _imports = new Lazy<ThemeTemplate?>(() => _theme.Find(ImportsKey + Extension) is { } path ? new ThemeTemplate(ImportsKey, path, null) : null);
    }

    public override Task<RazorLightProjectItem> GetItemAsync(string templateKey)
    {
        var key = Normalize(templateKey);
        var imports = key == ImportsKey ? null : _imports.Value;
        return Task.FromResult<RazorLightProjectItem>(new ThemeTemplate(key, _theme.Find(key + Extension), imports?.Text));
    }

    public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey)
    {
        IEnumerable<RazorLightProjectItem> items = _imports.Value is not { } imports || Normalize(templateKey) == ImportsKey ? [] : [imports];
        return Task.FromResult(items);
    }

    internal static string Normalize(string key)
    {
        key = key.Replace('\\', '/').TrimStart('~').TrimStart('/');
        return key.EndsWith(Extension, StringComparison.Ordinal) ? key[..^Extension.Length] : key;
    }

    /// <summary>A template file, read once, with the stamp its compiled form is stored under.</summary>
    internal sealed class ThemeTemplate : RazorLightProjectItem
    {
        private readonly byte[]? _bytes;

        public ThemeTemplate(string key, string? fullPath, string? importsText)
        {
            Key = key;
            _bytes = fullPath is null ? null : File.ReadAllBytes(fullPath);
            Text = _bytes is null ? "" : System.Text.Encoding.UTF8.GetString(_bytes);
            Stamp = CompiledTemplateStore.StampOf(key, Text, importsText is null ? [] : [importsText]);
        }

        /// <summary>The template's text.</summary>
        public string Text { get; }

        public override string Key { get; }

        public override bool Exists => _bytes is not null;

        /// <summary>Names the compiled form: the same for the same text, imports and tool.</summary>
        public string Stamp { get; }

        // The bytes the stamp was made of are the ones compiled, even if the file changes meanwhile.
        public override Stream Read() => new MemoryStream(_bytes!, writable: false);
    }
}
