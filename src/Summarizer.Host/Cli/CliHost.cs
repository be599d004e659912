using Summarizer.Host.Composition;

namespace Summarizer.Host.Cli;

/// <summary>
/// The host behind the one-shot verbs: appsettings.json next to the binary, then environment variables, then the
/// verb's flags. Logs go to stderr so stdout stays clean for `items --format json`.
/// </summary>
internal static class CliHost
{
    public static IHost Build(IReadOnlyDictionary<string, string?> flags)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(flags.Where(f => f.Value is not null));
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddHostFailureFilter(builder.Configuration);
        builder.Services.AddSummarizer(builder.Configuration);
        builder.Services.AddCheckpointKillSwitch(); // only with SUMMARIZER_TEST_KILL_AFTER_CHECKPOINTS (the kill-and-resume test)
        var host = builder.Build();
        // A verb never starts the host, so the options' ValidateOnStart runs here: a bad value stops the verb before any work.
        try
        {
            host.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return host;
    }
}
