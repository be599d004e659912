using Summarizer.Extraction.Offline;

namespace Summarizer.Tests.Extraction;

public sealed class SeverityRuleTests
{
    [Theory]
    [InlineData("【高】招行专线断供", Severity.High)]
    [InlineData("🔴 settlement host", Severity.High)]
    [InlineData("Status: Red", Severity.High)]
    [InlineData("P0 故障", Severity.High)]
    [InlineData("critical: card vault", Severity.High)]
    [InlineData("严重影响日终", Severity.High)]
    [InlineData("Vendor late (High)", Severity.High)]
    [InlineData("【中】清算文件偶发超时", Severity.Medium)]
    [InlineData("🟡 证书到期", Severity.Medium)]
    [InlineData("RAG: Amber", Severity.Medium)]
    [InlineData("【低】测试环境资源紧张", Severity.Low)]
    [InlineData("Docs outdated (Low)", Severity.Low)]
    public void Explicit_Marker_GivesItsSeverity(string text, Severity severity)
    {
        Assert.Equal(severity, SeverityRule.Explicit(text));
    }

    [Theory]
    [InlineData("影响不严重")]
    [InlineData("Reduced latency by 10%")]
    [InlineData("Credit card red-team review")]
    [InlineData("交易运行稳定")]
    public void Explicit_NoMarker_IsNull(string text)
    {
        Assert.Null(SeverityRule.Explicit(text));
    }

    [Theory]
    [InlineData(60, null, Severity.High)]
    [InlineData(59, null, Severity.Medium)]
    [InlineData(10, "31笔出金请求失败", Severity.High)]
    [InlineData(10, "affecting 3% of users", Severity.Medium)]
    [InlineData(null, null, Severity.Medium)]
    public void ForIncident_WithoutMarker_GradesByDurationAndMoney(int? minutes, string? impact, Severity severity)
    {
        Assert.Equal(severity, SeverityRule.ForIncident("短信通道异常", minutes, impact));
    }
}
