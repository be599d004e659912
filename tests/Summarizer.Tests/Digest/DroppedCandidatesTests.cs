using System.Text.Json;
using Summarizer.Digest;
using Summarizer.Digest.Html;
using Summarizer.Digest.Sections;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Digest;

/// <summary>Candidates the verifier refused can be inspected: items.json lists them, the digest's header counts them.</summary>
public sealed class DroppedCandidatesTests
{
    private static readonly ExtractedItem Risk = Items.Make(ItemKind.Risk, "专线依赖存在断供风险", severity: Severity.High);

    private static readonly DroppedCandidate[] Dropped =
    [
        new("payments", "本周风险", ItemKind.Metric, "llm", "summary numbers not in the quote: 99.99", "可用性 99.95%", "可用性 99.99%"),
        new("payments", "本周风险", ItemKind.Risk, "offline", "quote not found in the section", "核心库存在单点"),
    ];

    [Fact]
    public void ItemsJson_Dropped_ListsEachWithTeamSectionKindEngineReasonAndQuote_AndValidates()
    {
        var json = ItemsJsonWriter.Write(Items.Week(Risk) with { Dropped = Dropped });

        using var doc = JsonDocument.Parse(json);
        Assert.True(ItemsSchema.Schema.Evaluate(doc.RootElement).IsValid);
        var dropped = doc.RootElement.GetProperty("dropped").EnumerateArray().ToList();
        Assert.Equal(2, dropped.Count);
        Assert.Equal(("payments", "本周风险", "metric", "llm", "summary numbers not in the quote: 99.99", "可用性 99.95%"),
            (dropped[0].GetProperty("team").GetString(), dropped[0].GetProperty("section").GetString(), dropped[0].GetProperty("kind").GetString(),
             dropped[0].GetProperty("engine").GetString(), dropped[0].GetProperty("reason").GetString(), dropped[0].GetProperty("quote").GetString()));
    }

    [Fact]
    public async Task Digest_Dropped_CountedOnceInTheHeaderOfBothFormats()
    {
        var week = Items.Week(Risk) with { Dropped = Dropped };
        var document = new DigestComposer().Compose(week, OfflineExecutiveSummaryWriter.Write(week));

        var md = new MarkdownDigestWriter().Write(DigestLayout.Mail(document));
        var html = await new HtmlDigestWriter().WriteAsync(DigestLayout.Mail(document));

        Assert.Single(md.Split('\n'), l => l.Contains("2 条候选内容未通过核验"));
        Assert.Contains("2 条候选内容未通过核验", html);
    }

    [Fact]
    public void Digest_NoneDropped_SaysNothingAboutDrops()
    {
        var week = Items.Week(Risk);
        var md = new MarkdownDigestWriter().Write(DigestLayout.Mail(new DigestComposer().Compose(week, OfflineExecutiveSummaryWriter.Write(week))));
        Assert.DoesNotContain("候选", md);
        Assert.Empty(JsonDocument.Parse(ItemsJsonWriter.Write(week)).RootElement.GetProperty("dropped").EnumerateArray());
    }
}
