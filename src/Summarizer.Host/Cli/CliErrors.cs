using Microsoft.Extensions.Options;
using Summarizer.Extraction;
using Summarizer.Pipeline;

namespace Summarizer.Host.Cli;

/// <summary>Turns what went wrong into the contract's exit codes and one line a person can act on.</summary>
internal static class CliErrors
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int ModelUnreachable = 3;

    public static async Task<int> GuardAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is ConfigurationException or NothingToDigestException or FormatException or DirectoryNotFoundException)
        {
            await Console.Error.WriteLineAsync($"summarizer: {ex.Message}");
            return Usage;
        }
        catch (Summarizer.Gather.Sources.MailboxException ex)
        {
            // A wrong login, TLS mode or folder is configuration (2); a server that cannot be reached now is a failure (1).
            await Console.Error.WriteLineAsync($"summarizer: {ex.Message}");
            return ex.IsConfiguration ? Usage : Failed;
        }
        catch (ModelEndpointException ex)
        {
            await Console.Error.WriteLineAsync($"summarizer: {ex.Message}");
            return ModelUnreachable;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // The binder names the key ("…at 'Summarizer:Schedule:Enabled' to type 'System.Boolean'"); its inner error does not.
            await Console.Error.WriteLineAsync($"summarizer: configuration is invalid: {ex.Message} {ex.GetBaseException().Message}");
            return Usage;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"summarizer: configuration is invalid: {string.Join("; ", ex.Failures)}");
            return Usage;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("summarizer: cancelled; finished sections are kept and the next run resumes from them.");
            return Failed;
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"summarizer: run failed: {Describe(ex)}");
            return Failed;
        }
    }

    // The outer message often names what failed ("Failed to bind to address http://127.0.0.1:5081"), the innermost why.
    private static string Describe(Exception ex)
    {
        var inner = ex.GetBaseException();
        return inner == ex || ex.Message.Contains(inner.Message, StringComparison.Ordinal) ? ex.Message
            : inner.Message.Contains(ex.Message, StringComparison.Ordinal) ? inner.Message : $"{ex.Message} ({inner.Message})";
    }
}
