using System.ComponentModel.DataAnnotations;

namespace Summarizer.Digest;

/// <summary>Where readers of the mail find the full digest (<c>Summarizer:Delivery:BaseUrl</c>).</summary>
public sealed class DigestLinkOptions
{
    public const string SectionName = "Summarizer:Delivery";

    /// <summary>
    /// Public address of <c>summarizer serve</c>, e.g. <c>https://digest.example.com</c>; the mail links to
    /// <c>/weeks/{week}</c> and the review pages there. None by default: the mail then names the files beside it.
    /// </summary>
    [Url]
    public string? BaseUrl { get; set; }
}
