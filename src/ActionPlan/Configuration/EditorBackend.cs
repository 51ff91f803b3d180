using System.Text.Json.Nodes;

namespace ActionPlan.Configuration;

/// <summary>
/// Where the browser editor saves when the site says so (<c>editor_backend:</c> in site.yml): the site's git host,
/// through Decap CMS's backend of that name, so each save is a commit that CI then builds. Without it the editor
/// saves into the preview's own content/ folder.
/// </summary>
/// <param name="Name">The Decap backend: github, gitlab, gitea, bitbucket or azure.</param>
/// <param name="Repo">The repository, <c>owner/name</c>.</param>
/// <param name="Branch">The branch edits are committed to.</param>
public sealed record EditorBackend(string Name, string Repo, string Branch)
{
    /// <summary>The git hosts Decap CMS can commit to.</summary>
    public static readonly IReadOnlyList<string> Names = ["github", "gitlab", "gitea", "bitbucket", "azure"];

    /// <summary>The keys beyond name, repo and branch that are handed to the CMS as written (the host's address, its sign-in).</summary>
    public static readonly IReadOnlyList<string> PassedKeys = ["base_url", "api_root", "auth_endpoint", "auth_type", "app_id"];

    /// <summary>The settings of <see cref="PassedKeys"/> the site gives.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The backend as Decap CMS's configuration writes it.</summary>
    public JsonObject Decap()
    {
        var backend = new JsonObject { ["name"] = Name, ["repo"] = Repo, ["branch"] = Branch };
        foreach (var key in PassedKeys.Where(Settings.ContainsKey))
        {
            backend[key] = Settings[key];
        }

        return backend;
    }
}
