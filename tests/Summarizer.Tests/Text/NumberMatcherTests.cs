using Summarizer.Text;

namespace Summarizer.Tests.Text;

/// <summary>Invented numbers a model may claim from a quote, and the faithful ones it must keep (issue 11).</summary>
public class NumberMatcherTests
{
    // A multiplier is read only from the unit right after its number: a letter or 万 elsewhere scales nothing.
    [Theory]
    [InlineData(8_000_000, "MySQL 8.0 升级进度70%")] // the M of MySQL
    [InlineData(8_000, "MySQL 8.0 升级进度70%")]
    [InlineData(3_700, "Kafka 3.7 upgrade")] // the k of Kafka
    [InlineData(3_700_000, "Kafka 3.7 upgrade")]
    [InlineData(120_000, "巡检清单12 items, 万事俱备")] // 万 of 万事俱备
    [InlineData(1_200, "巡检清单12 items, 万事俱备")]
    [InlineData(3_000, "upgraded 3 K8s clusters")] // K glued to 8s is no unit
    [InlineData(40_000, "Redis 4 个节点迁移完成，预算 5万元")] // 万 belongs to 5, not 4
    [InlineData(0.12, "迁移了12台 MySQL 实例，完成率 80%")] // % belongs to 80, not 12
    [InlineData(2_000_000_000, "B2 区机房 2 台服务器")]
    public void IsStated_MultiplierNotWrittenAfterTheNumber_IsNotStated(double value, string quote) =>
        Assert.False(NumberMatcher.IsStated(value, quote));

    [Theory]
    [InlineData(21_500_000, "交易笔数：2150万笔")]
    [InlineData(2150, "交易笔数：2150万笔")]
    [InlineData(3_860_000_000, "本周交易额：38.6亿元")]
    [InlineData(1_200, "Signups reached 1.2k users")]
    [InlineData(3_000_000, "budget $3M")]
    [InlineData(3_000_000, "budget $3 M")]
    [InlineData(5_000_000, "新增 5 百万 行")]
    [InlineData(2_000_000_000, "GMV 2B")]
    [InlineData(4_000, "峰值 4千 QPS")]
    [InlineData(0.7, "MySQL 8.0 升级进度70%")]
    [InlineData(70, "MySQL 8.0 升级进度70%")]
    [InlineData(1386, "累计 1,386 笔")]
    [InlineData(50_000, "预算 5 万元")]
    public void IsStated_NumberOrItsOwnUnitsAmount_IsStated(double value, string quote) =>
        Assert.True(NumberMatcher.IsStated(value, quote));

    [Theory]
    [InlineData("MySQL 8M 行已迁移", "MySQL 8.0 升级进度70%")]
    [InlineData("Kafka 3.7k upgrade", "Kafka 3.7 upgrade")]
    [InlineData("巡检清单12万项", "巡检清单12 items, 万事俱备")]
    [InlineData("12万 items checked", "巡检清单12 items, 万事俱备")]
    [InlineData("迁移 4万 节点", "Redis 4 个节点迁移完成，预算 5万元")]
    [InlineData("完成率 81%", "迁移了12台 MySQL 实例，完成率 80%")]
    [InlineData("影响 2170 笔", "影响217笔")]
    public void Unsupported_InventedSummaryNumber_IsReported(string summary, string quote) =>
        Assert.NotEmpty(NumberMatcher.Unsupported(summary, quote));

    [Theory]
    [InlineData("交易笔数 2150万笔", "交易笔数：2150万笔")]
    [InlineData("交易笔数 21,500,000", "交易笔数：2150万笔")]
    [InlineData("交易笔数 2150", "交易笔数：2150万笔")]
    [InlineData("MySQL 8.0 升级进度 70%", "MySQL 8.0 升级进度70%")]
    [InlineData("Kafka 3.7 upgrade slipped", "Kafka 3.7 upgrade")]
    [InlineData("累计 1,386 笔", "累计1386笔")]
    [InlineData("累计 1386 笔", "累计 1,386 笔")]
    [InlineData("Signups 1,200", "Signups reached 1.2k users")]
    [InlineData("预算 $3M", "budget $3,000,000")]
    public void Unsupported_FaithfulSummary_IsEmpty(string summary, string quote) =>
        Assert.Empty(NumberMatcher.Unsupported(summary, quote));

    // QuantitiesIn remembers the last few texts it read (a candidate's quote is checked several times): reading more
    // texts than it keeps, in turn and then again, still gives every text its own numbers.
    [Fact]
    public void NumbersIn_ManyTextsReadInTurn_EachGivesItsOwnNumbers()
    {
        var texts = Enumerable.Range(1, 9).Select(i => (Text: $"第{i}周 完成 {i * 11} 单，成功率 9{i}%", Week: i)).ToList();
        for (int pass = 0; pass < 3; pass++)
            foreach (var (text, week) in texts)
            {
                Assert.Equal(new decimal[] { week, week * 11, 90 + week }, NumberMatcher.NumbersIn(text));
                Assert.Equal(new decimal[] { week, week * 11, 90 + week }, NumberMatcher.NumbersIn(text)); // read again at once
            }
    }
}
