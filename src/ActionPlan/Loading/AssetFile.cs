namespace ActionPlan.Loading;

/// <summary>A file copied to the output as it is: an image or PDF beside the content, or a file from static/.</summary>
/// <param name="Path">The path relative to the site folder, for messages.</param>
/// <param name="FullPath">Where to read it.</param>
/// <param name="OutputPath">Where it goes, relative to the output folder, '/'-separated.</param>
public sealed record AssetFile(string Path, string FullPath, string OutputPath);
