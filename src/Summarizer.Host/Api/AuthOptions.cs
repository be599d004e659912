using System.ComponentModel.DataAnnotations;

namespace Summarizer.Host.Api;

/// <summary>Who may use the API and the review pages (<c>Summarizer:Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Summarizer:Auth";

    /// <summary>
    /// Token → role, where a role is <c>analyst</c> or <c>team:&lt;name&gt;</c>. Empty by default: nobody gets in
    /// until tokens are configured (env <c>Summarizer__Auth__Tokens__&lt;token&gt;=analyst</c>; never in appsettings.json).
    /// </summary>
    [Required]
    public Dictionary<string, string> Tokens { get; set; } = [];

    /// <summary>Minimum token length accepted at start-up. Default 16.</summary>
    [Range(8, 4096)]
    public int MinTokenLength { get; set; } = 16;

    /// <summary>How long a page login lasts (sliding). Default 8 hours.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan LoginLifetime { get; set; } = TimeSpan.FromHours(8);
}
