namespace Summarizer.Gather.Sources;

/// <summary>
/// The mailbox could not be read: one plain line saying what to check. <see cref="IsConfiguration"/> is true when a
/// setting is wrong (login refused, TLS mode, missing folder) rather than the server being unreachable for now.
/// </summary>
public sealed class MailboxException(string message, bool isConfiguration, Exception? inner = null) : Exception(message, inner)
{
    public bool IsConfiguration { get; } = isConfiguration;
}
