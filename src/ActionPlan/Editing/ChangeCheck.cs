using ActionPlan.Diagnostics;
using ActionPlan.Loading;

namespace ActionPlan.Editing;

/// <summary>The errors a build of the site would newly have with <paramref name="changed"/> in place of (or beside) its files.</summary>
/// <param name="changed">The pages as a save would leave them.</param>
public delegate IReadOnlyList<Diagnostic> ChangeCheck(IReadOnlyList<SourceFile> changed);
