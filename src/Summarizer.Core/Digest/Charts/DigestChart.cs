namespace Summarizer.Digest.Charts;

/// <summary>
/// A PNG drawn for the digest. <see cref="Width"/> and <see cref="Height"/> are CSS pixels (the PNG has twice as
/// many, sharp on phones); <see cref="Alt"/> states the figures the picture shows for readers without images.
/// <see cref="Name"/> is a stable file-name-safe id ("trend-3", "downtime"), also the CID in the mail.
/// </summary>
public sealed record DigestChart(string Name, byte[] Png, string Alt, int Width, int Height)
{
    /// <summary>The image as a data: URI, for digest.html and the pages.</summary>
    public string DataUri => "data:image/png;base64," + Convert.ToBase64String(Png);
}
