using Microsoft.Extensions.Options;

namespace Summarizer.Host.Api;

/// <summary>Rejects short tokens and unknown roles at start-up, with the fix in the message.</summary>
internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var errors = new List<string>();
        foreach (var (token, role) in options.Tokens)
        {
            var shown = token.Length > 4 ? token[..4] + "…" : "…";
            if (token.Length < options.MinTokenLength)
                errors.Add($"Summarizer:Auth:Tokens: token '{shown}' is shorter than {options.MinTokenLength} characters; use a long random token.");
            if (AccessGrant.ParseRole(role) is null)
                errors.Add($"Summarizer:Auth:Tokens: token '{shown}' has role '{role}'; write 'analyst' or 'team:<name>'.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
