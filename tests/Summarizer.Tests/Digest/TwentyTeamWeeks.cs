using Microsoft.Extensions.Configuration;
using Summarizer.Delivery;
using Summarizer.Pipeline;
using Summarizer.Tests.Delivery;
using Summarizer.Tests.Robustness.Corpus;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Digest;

/// <summary>
/// Three stored weeks (2024-W24..W26) of a generated 20-team corpus, run offline through the real pipeline, with a
/// real SMTP server on loopback as the relay: what a department with history mails on a Monday.
/// </summary>
public sealed class TwentyTeamWeeks : IAsyncLifetime
{
    public const int Teams = 20;
    public static readonly IsoWeek[] Weeks = [new(2024, 24), new(2024, 25), new(2024, 26)];
    private readonly TempFolder _input = new();

    public PipelineHarness Harness { get; private set; } = null!;
    public LoopbackSmtpServer Smtp { get; private set; } = null!;
    public RunOutcome Last { get; private set; } = null!;

    public string File(string name) => Path.Combine(Last.OutDir, name);

    /// <summary>Set SUMMARIZER_KEEP_DIGEST to a folder to keep the generated digest there for a look.</summary>
    private void Keep()
    {
        if (Environment.GetEnvironmentVariable("SUMMARIZER_KEEP_DIGEST") is not { Length: > 0 } keep) return;
        Directory.CreateDirectory(keep);
        foreach (var f in Directory.GetFiles(Last.OutDir)) System.IO.File.Copy(f, Path.Combine(keep, Path.GetFileName(f)), true);
    }

    public async Task InitializeAsync()
    {
        Smtp = await LoopbackSmtpServer.StartAsync();
        var smtp = Smtp.DeliverySettings();
        // Half the teams write Chinese, half English, and the mix shifts from week to week: the department sets its language.
        smtp["Summarizer:Digest:Language"] = "zh";
        Harness = new PipelineHarness(smtp, services => services.AddDelivery(new ConfigurationBuilder().AddInMemoryCollection(smtp).Build()));
        var corpus = new TeamReportCorpus();
        foreach (var week in Weeks)
        {
            corpus.Write(_input.Path, week, Teams);
            Last = await Harness.RunAsync(week.ToString(), _input.Path);
            Assert.Equal(Summarizer.Store.RunState.Succeeded, Last.Run.State);
        }
        Keep();
    }

    public async Task DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await Harness.DisposeAsync();
        _input.Dispose();
    }
}
