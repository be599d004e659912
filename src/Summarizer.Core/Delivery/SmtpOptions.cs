using System.ComponentModel.DataAnnotations;

namespace Summarizer.Delivery;

/// <summary>
/// SMTP relay for the weekly mail (<c>Summarizer:Delivery:Smtp</c>). Mail goes out only when <see cref="Host"/> and
/// <see cref="To"/> are set. <see cref="Password"/> belongs in environment variables or user secrets, never in appsettings.json.
/// </summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string SectionName = "Summarizer:Delivery:Smtp";

    /// <summary>Relay host; empty disables mail (a folder copy may still be written).</summary>
    public string? Host { get; set; }

    /// <summary>Default 587.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>TLS mode. Default <see cref="SmtpSecurity.Auto"/>: TLS on connect for 465, STARTTLS when offered otherwise.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>Login user; no authentication when empty.</summary>
    public string? User { get; set; }

    /// <summary>Login password: set it through <c>Summarizer__Delivery__Smtp__Password</c> or user secrets.</summary>
    public string? Password { get; set; }

    /// <summary>Sender address, e.g. <c>Summarizer &lt;digest@example.com&gt;</c>. Default <c>summarizer@localhost</c>.</summary>
    [Required]
    public string From { get; set; } = "summarizer@localhost";

    /// <summary>Recipients of the digest.</summary>
    public List<string> To { get; set; } = [];

    /// <summary>Subject before the week: "Weekly digest 2024-W26". Default "Weekly digest".</summary>
    [Required]
    public string SubjectPrefix { get; set; } = "Weekly digest";

    /// <summary>Per SMTP operation. Default 60 s.</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>True when mail can be sent: a host and at least one recipient.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && To.Any(t => !string.IsNullOrWhiteSpace(t));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MimeKit.MailboxAddress.TryParse(From, out _))
            yield return new ValidationResult($"'{From}' is not a mail address; write it as 'digest@example.com' or 'Name <digest@example.com>'.", [nameof(From)]);
        foreach (var to in To.Where(t => !string.IsNullOrWhiteSpace(t) && !MimeKit.MailboxAddress.TryParse(t, out _)))
            yield return new ValidationResult($"Recipient '{to}' is not a mail address.", [nameof(To)]);
    }
}

public enum SmtpSecurity { Auto, None, SslOnConnect, StartTls, StartTlsWhenAvailable }
