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

    public override Task<RazorLightProjectItem> GetItemAsync(string templateKey) =>
        Task.FromResult<RazorLightProjectItem>(new ThemeTemplate(Normalize(templateKey), _theme.Find(Normalize(templateKey) + Extension)));

    public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey)
    {
        var imports = _theme.Find(ImportsKey + Extension);
        IEnumerable<RazorLightProjectItem> items = imports is null || Normalize(templateKey) == ImportsKey ? [] : [new ThemeTemplate(ImportsKey, imports)];
        return Task.FromResult(items);
    }

    internal static string Normalize(string key)
    {
        key = key.Replace('\\', '/').TrimStart('~').TrimStart('/');
        return key.EndsWith(Extension, StringComparison.Ordinal) ? key[..^Extension.Length] : key;
    }

    private sealed class ThemeTemplate(string key, string? fullPath) : RazorLightProjectItem
    {
        public override string Key { get; } = key;

        public override bool Exists => fullPath is not null;

        public override Stream Read() => File.OpenRead(fullPath!);
    }
}
