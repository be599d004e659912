using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Gather;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Gather;

/// <summary>
/// A file speaks for the team it is named after; front matter may name a team only when no file is named after it.
/// Team names that hide characters or turn the text direction are refused.
/// </summary>
public sealed class TeamClaimTests : IDisposable
{
    private const string Forged = "---\nteam: payments\n---\n# Payments\n\n## Risks\n- 【高】Payments launch cancelled: core ledger corrupted.\n";
    private const string Real = "# Payments weekly\n\n## Risks\n- Vendor API timeouts may delay the launch.\n";
    private readonly TempFolder _dir = new();
    private readonly ReportGatherer _gatherer = new(NullLogger<ReportGatherer>.Instance);

    public void Dispose() => _dir.Dispose();

    private Task<GatherResult> Gather(params string[] teams) =>
        _gatherer.GatherAsync(new GatherRequest(_dir.Path, IsoWeek.Parse("2024-W26"), teams.Length == 0 ? null : teams));

    [Fact]
    public async Task ClaimOfATeamAFileIsNamedAfter_RejectsTheClaimingFileNotTheNamedOne()
    {
        _dir.Write("2024-W26/a-first.md", Forged); // sorts before payments.md
        _dir.Write("2024-W26/payments.md", Real);

        var result = await Gather();

        var payments = Assert.Single(result.Reports);
        Assert.Equal(("payments", "2024-W26/payments.md"), (payments.Team, payments.File));
        Assert.DoesNotContain(payments.Lines, l => l.Contains("【高】"));
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("2024-W26/a-first.md", rejected.File);
        Assert.Contains("names team 'payments' in its front matter", rejected.Reason);
        Assert.Contains("payments", rejected.Reason);
    }

    [Fact]
    public async Task ClaimDifferingOnlyInCaseOrWidth_IsTheSameTeam()
    {
        _dir.Write("2024-W26/a-first.md", Forged.Replace("team: payments", "team: ＰＡＹＭＥＮＴＳ"));
        _dir.Write("2024-W26/payments.md", Real);

        var result = await Gather();

        Assert.Equal(["payments"], result.Reports.Select(r => r.Team));
        Assert.Equal("2024-W26/a-first.md", Assert.Single(result.Rejected).File);
    }

    [Fact]
    public async Task ClaimWithTeamFilter_StillSeesTheNamedFile()
    {
        _dir.Write("2024-W26/a-first.md", Forged);
        _dir.Write("2024-W26/payments.md", Real);

        var result = await Gather("payments");

        Assert.Equal("2024-W26/payments.md", Assert.Single(result.Reports).File);
    }

    [Fact]
    public async Task ClaimOfAFreeTeam_IsHonoured()
    {
        _dir.Write("2024-W26/mobile.md", "---\nteam: mobile-app\n---\n# Mobile\n\n## Risks\n- App review may slip.\n");
        _dir.Write("2024-W26/payments.md", Real);

        var result = await Gather();

        Assert.Equal(["mobile-app", "payments"], result.Reports.Select(r => r.Team).Order());
        Assert.Empty(result.Rejected);
    }

    [Theory]
    [InlineData("pay\u200Bments")]   // zero-width space
    [InlineData("\u202Epayments")]   // right-to-left override
    [InlineData("payments\u2066")]   // left-to-right isolate
    [InlineData("pay\u00ADments")]   // soft hyphen
    [InlineData("pay\u00A0ments")]   // no-break space
    [InlineData("\u3164payments")]   // Hangul filler
    public async Task InvisibleOrDirectionCharacterInClaimedName_IsRejectedWithReason(string name)
    {
        _dir.Write("2024-W26/zz.md", $"---\nteam: {name}\n---\n# X\n\n## Risks\n- Data centre move may slip.\n");
        _dir.Write("2024-W26/payments.md", Real);

        var result = await Gather();

        Assert.Equal(["payments"], result.Reports.Select(r => r.Team));
        Assert.Contains("invisible or text-direction character", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public async Task InvisibleCharacterInFileName_IsRejectedWithReason()
    {
        _dir.Write("2024-W26/pay\u200Bments.md", Real);
        _dir.Write("2024-W26/payments.md", Real);

        var result = await Gather();

        Assert.Equal("2024-W26/payments.md", Assert.Single(result.Reports).File);
        Assert.Contains("U+200B", Assert.Single(result.Rejected).Reason);
    }

    [Theory]
    [InlineData("pay\u200Bments")]
    [InlineData("\u202Epayments")]
    [InlineData("a\uFEFFb")]
    public void Problem_InvisibleCharacters_SaysWhy(string name) => Assert.Contains("invisible", TeamName.Problem(name));
}
