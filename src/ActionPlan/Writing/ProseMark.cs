namespace ActionPlan.Writing;

/// <summary>An apostrophe or quotation mark in a page's prose, with its file position and the code of its language.</summary>
public sealed record ProseMark(char Mark, int Line, int Column, string Language);
