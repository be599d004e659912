using System.ComponentModel.DataAnnotations;

namespace Summarizer.Gather.Sources;

/// <summary>
/// The IMAP mailbox teams mail their reports to (<c>Summarizer:Mailbox</c>). Nothing is fetched while
/// <see cref="Host"/> is empty. <see cref="Password"/> comes from the environment (<c>Summarizer__Mailbox__Password</c>)
/// or user secrets, never from appsettings.json.
/// </summary>
public sealed class MailboxOptions : IValidatableObject
{
    public const string SectionName = "Summarizer:Mailbox";

    /// <summary>IMAP server; empty switches the mailbox source off.</summary>
    public string? Host { get; set; }

    /// <summary>Default 993 (IMAP over TLS).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 993;

    /// <summary>TLS mode, as for SMTP. Default <see cref="MailSecurity.Auto"/>: TLS on connect for 993, STARTTLS when offered otherwise.</summary>
    public MailSecurity Security { get; set; } = MailSecurity.Auto;

    /// <summary>Login user (required with a host).</summary>
    public string? User { get; set; }

    /// <summary>Login password: the environment or user secrets only.</summary>
    public string? Password { get; set; }

    /// <summary>Folder the reports arrive in. Default <c>INBOX</c>.</summary>
    [Required]
    public string Folder { get; set; } = "INBOX";

    /// <summary>Per IMAP operation. Default 60 s.</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Largest message fetched, in bytes; a larger one is refused with that reason unread. Default 30 MB.</summary>
    [Range(1024, int.MaxValue)]
    public long MaxMessageBytes { get; set; } = 30 * 1024 * 1024;

    /// <summary>
    /// The address teams mail their reports to, named in reminders (and their Reply-To). Default: <see cref="User"/>
    /// when it is a mail address; none otherwise (reminders then do not offer the mailbox).
    /// </summary>
    public string? Address { get; set; }

    /// <summary><see cref="Address"/>, else <see cref="User"/> when it is a mail address; null without a mailbox.</summary>
    public string? ReportAddress => !IsConfigured ? null
        : !string.IsNullOrWhiteSpace(Address) ? Address.Trim()
        : TeamAddress.IsAddress(User ?? "") ? User!.Trim() : null;

    /// <summary>True when a host is set: <c>run</c>, the worker and <c>fetch</c> then read the mailbox.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && string.IsNullOrWhiteSpace(User))
            yield return new ValidationResult($"{SectionName}:User is empty; set the mailbox login (and {SectionName.Replace(":", "__")}__Password in the environment).", [nameof(User)]);
        if (!string.IsNullOrWhiteSpace(Address) && !TeamAddress.IsAddress(Address))
            yield return new ValidationResult($"{SectionName}:Address '{Address}' is not a mail address; write it as 'reports@example.com'.", [nameof(Address)]);
    }
}

/// <summary>TLS modes of a mail connection (MailKit's SecureSocketOptions by name).</summary>
public enum MailSecurity { Auto, None, SslOnConnect, StartTls, StartTlsWhenAvailable }
