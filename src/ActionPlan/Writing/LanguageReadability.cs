namespace ActionPlan.Writing;

/// <summary>How readable a language's pages are together.</summary>
/// <param name="Language">The language's code.</param>
/// <param name="Name">The language's name in English (<c>Danish</c>), for messages.</param>
/// <param name="Figures">Its pages' figures together.</param>
public sealed record LanguageReadability(string Language, string Name, ReadabilityFigures Figures);
