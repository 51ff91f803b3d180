using RazorLight.Razor;

namespace ActionPlan.Rendering;

/// <summary>Lets RazorLight read templates from the layered theme; a key is a path without '.cshtml'.</summary>
internal sealed class ThemeRazorProject : RazorLightProject
{
    private const string Extension = ".cshtml";
    private const string ImportsKey = "_ViewImports";
    private readonly ThemeFiles _theme;

    public ThemeRazorProject(ThemeFiles theme)
    {
        _theme = theme;
    }

    public override Task<RazorLightProjectItem> GetItemAsync(string templateKey)
    {
        var key = Normalize(templateKey);
        var imports = key == ImportsKey ? null : _theme.Find(ImportsKey + Extension);
        return Task.FromResult<RazorLightProjectItem>(new ThemeTemplate(key, _theme.Find(key + Extension), imports));
    }

    public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey)
    {
        var imports = _theme.Find(ImportsKey + Extension);
        IEnumerable<RazorLightProjectItem> items = imports is null || Normalize(templateKey) == ImportsKey ? [] : [new ThemeTemplate(ImportsKey, imports, null)];
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

        public ThemeTemplate(string key, string? fullPath, string? importsPath)
        {
            Key = key;
            _bytes = fullPath is null ? null : File.ReadAllBytes(fullPath);
            var text = _bytes is null ? "" : System.Text.Encoding.UTF8.GetString(_bytes);
            Stamp = CompiledTemplateStore.StampOf(key, text, importsPath is null ? [] : [File.ReadAllText(importsPath)]);
        }

        public override string Key { get; }

        public override bool Exists => _bytes is not null;

        /// <summary>Names the compiled form: the same for the same text, imports and tool.</summary>
        public string Stamp { get; }

        // The bytes the stamp was made of are the ones compiled, even if the file changes meanwhile.
        public override Stream Read() => new MemoryStream(_bytes!, writable: false);
    }
}
