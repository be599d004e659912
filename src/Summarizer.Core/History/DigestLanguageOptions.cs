using System.ComponentModel.DataAnnotations;

namespace Summarizer.History;

/// <summary>Which language digests are written in (<c>Summarizer:Digest:Language</c>), validated at start-up.</summary>
public sealed class DigestLanguageOptions
{
    public const string SectionName = "Summarizer:Digest";

    /// <summary>
    /// <c>auto</c> (default): the language of the department's previous stored digest, or for the first one the language
    /// most of the week's items are written in; <c>en</c> or <c>zh</c>: always that language.
    /// </summary>
    [AllowedValues("auto", "en", "zh", ErrorMessage = "Summarizer:Digest:Language must be auto, en or zh.")]
    public string Language { get; set; } = "auto";
}
