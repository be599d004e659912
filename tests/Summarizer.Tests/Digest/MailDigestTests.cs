using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Summarizer.Delivery;

namespace Summarizer.Tests.Digest;

/// <summary>The mail is the two-minute read of a 20-team week; the full lists are one click away; trends are drawn.</summary>
public sealed partial class MailDigestTests(TwentyTeamWeeks weeks) : IClassFixture<TwentyTeamWeeks>
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    [Fact]
    public async Task Mail_TwentyTeamWeek_IsUnder180LinesAnd20000Characters_WithEverySectionAndOneLinePerTeam()
    {
        var mail = await File.ReadAllTextAsync(weeks.File("digest.md"));
        var lines = mail.Split('\n');

        Assert.True(lines.Length < 180, $"{lines.Length} lines");
        Assert.True(mail.Length < 20_000, $"{mail.Length} characters");
        // Half the teams write Chinese, half English: the digest speaks the configured language (Summarizer:Digest:Language).
        string[] headings = ["## 执行摘要", "## 需要您决策", "## 出了什么问题", "## 本周变化", "## 主要风险", "## 延期", "## 关键指标", "## 各团队"];
        Assert.Equal(headings, lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l.TrimEnd())); // no file was refused
        // What a head must see first is within the first 40 lines: the summary and the asks.
        Assert.Contains("## 需要您决策", string.Join('\n', lines.Take(40)));
        var teams = lines.SkipWhile(l => !l.StartsWith("## 各团队", StringComparison.Ordinal)).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(TwentyTeamWeeks.Teams, teams.Count);
        Assert.True(lines.Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal)) <= 12 + 1 + 6 + 1 + 5 + 1,
            "tables stay within 12 metric rows, 6 incidents and 5 delays");
        Assert.Contains("digest-full.md", mail); // no base URL configured: the mail says where the rest is

        var full = await File.ReadAllTextAsync(weeks.File("digest-full.md"));
        Assert.True(full.Length > mail.Length * 2, "the full digest carries every list");
    }

    [Fact]
    public async Task DigestHtml_ThreeStoredWeeks_CarriesSparklinesAndDowntimeStripAsPngWithAltText()
    {
        var html = await File.ReadAllTextAsync(weeks.File("digest.html"));
        var images = InlineImage().Matches(html);

        Assert.Contains(images, m => m.Groups["alt"].Value.StartsWith("每周影响时长（分钟）：2024-W24:", StringComparison.Ordinal));
        Assert.Contains(images, m => m.Groups["alt"].Value.Contains(" 近 3 周：", StringComparison.Ordinal));
        foreach (Match m in images)
            Assert.Equal(Png, Convert.FromBase64String(System.Net.WebUtility.HtmlDecode(m.Groups["data"].Value))[..4]);
    }

    [Fact]
    public async Task Mail_ThreeStoredWeeks_SentOverSmtp_CarriesTheImagesAsInlineCidParts()
    {
        var record = await weeks.Harness.Services.GetRequiredService<DeliveryService>().DeliverAsync(TwentyTeamWeeks.Weeks[^1]);
        Assert.Equal(Summarizer.Store.DeliveryState.Sent, record!.State);

        var (message, _) = Assert.Single(weeks.Smtp.Store.Messages);
        var pngs = message.BodyParts.OfType<MimePart>().Where(p => p.ContentType.MimeType == "image/png").ToList();
        Assert.True(pngs.Count >= 2, $"{pngs.Count} images");
        Assert.DoesNotContain("data:image", message.HtmlBody);
        foreach (var png in pngs)
        {
            Assert.Contains($"src=\"cid:{png.ContentId}\"", message.HtmlBody);
            using var bytes = new MemoryStream();
            await png.Content!.DecodeToAsync(bytes);
            Assert.Equal(Png, bytes.ToArray()[..4]);
        }
        Assert.Contains("alt=\"每周影响时长（分钟）：", message.HtmlBody);
    }

    [GeneratedRegex(@"<img src=""data:image/png;base64,(?<data>[A-Za-z0-9+/=&#;]+)"" alt=""(?<alt>[^""]*)""")]
    private static partial Regex InlineImage();
}
