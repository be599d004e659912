using Summarizer.Extraction.Offline;

namespace Summarizer.Tests.Extraction;

public sealed class UnitLineReaderTests
{
    [Fact]
    public void Read_ListAndTableLines_StripMarkersAndKeepLineNumbers()
    {
        var unit = ReportUnits.Units("# 周报\n\n1. 装修存管项目：完成联调\n    - （2）子项\n* English item\n| a | b |\n|---|---|\n| 1 | 2 |\n```\n- fenced\n```\n---\n")[1];

        var lines = UnitLineReader.Read(unit).Select(l => (l.Number, l.Text)).ToList();

        Assert.Equal([(3, "装修存管项目：完成联调"), (4, "子项"), (5, "English item"), (8, "1 | 2")], lines);
    }

    [Fact]
    public void Read_LabelRoles_CoverNestedLinesOnly()
    {
        var unit = ReportUnits.Units("# 周报\n\n- 【生产事件】\n    - 06/22 11:10 通知缺失\n- 下周计划：\n    - 联调\n- 其他\n")[1];

        var roles = UnitLineReader.Read(unit).Select(l => (l.Text, l.Role)).ToList();

        Assert.Equal([("06/22 11:10 通知缺失", SectionRole.Incidents), ("联调", SectionRole.Plans), ("其他", SectionRole.General)], roles);
    }

    [Theory]
    [InlineData("【生产事件】", nameof(SectionRole.Incidents))]
    [InlineData("系统运行数据", nameof(SectionRole.Metrics))]
    [InlineData("下周工作及目标", nameof(SectionRole.Plans))]
    [InlineData("Risks & Issues", nameof(SectionRole.Risks))]
    [InlineData("【O1 业务服务】", nameof(SectionRole.General))]
    [InlineData("Rollout plan", nameof(SectionRole.General))]
    public void FromPath_InnermostHeadingWithRole_Wins(string heading, string role)
    {
        Assert.Equal(Enum.Parse<SectionRole>(role), SectionRoles.FromPath(["2024-W26", heading]));
    }
}
