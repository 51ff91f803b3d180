namespace ActionPlan.Domain;

/// <summary>A file per language (<c>files: { en: report-en.pdf, da: rapport.pdf }</c>), each resolved like a link.</summary>
public sealed class FilesField(string key, string help) : Field<IReadOnlyDictionary<string, string>>(key, false, help)
{
    /// <inheritdoc/>
    public override string? Values => "a file per language code";

    /// <summary>What each language's file is, for editors.</summary>
    public static string FileHelp(string code) => $"the file in '{code}', beside the page or under static/, written as you would link it";

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {{}}   # {Help}, e.g. {{ en: report-en.pdf, da: rapport.pdf }}";

    internal override IReadOnlyDictionary<string, string> ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (reader.Map.Map(Key) is { } fileMap)
        {
            var fileReader = reader.Nested(fileMap, Key);
            foreach (var code in languageCodes)
            {
                if (fileReader.Text(code, required: false) is { } file)
                {
                    files[code] = file;
                }
            }

            fileMap.ReportUnknownKeys(languageCodes.ToList());
        }
        else if (reader.Map.IsBroken(Key))
        {
            reader.MarkUnknown(Key);
        }

        return files;
    }
}
