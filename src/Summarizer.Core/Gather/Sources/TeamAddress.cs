namespace Summarizer.Gather.Sources;

/// <summary>Mail addresses as the team directory compares them: the bare address, trimmed and lower case.</summary>
public static class TeamAddress
{
    /// <summary>True for a single address such as <c>lead@example.com</c> or <c>Lead &lt;lead@example.com&gt;</c>.</summary>
    public static bool IsAddress(string? text) =>
        !string.IsNullOrWhiteSpace(text) && MimeKit.MailboxAddress.TryParse(text.Trim(), out var m) && m.Address.Contains('@');

    /// <summary>The bare address of <paramref name="text"/> in lower case (mail domains and, in practice, local parts ignore case).</summary>
    public static string Normalize(string text) =>
        (MimeKit.MailboxAddress.TryParse(text.Trim(), out var m) ? m.Address : text).Trim().ToLowerInvariant();
}
