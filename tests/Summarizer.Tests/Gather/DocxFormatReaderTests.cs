using System.IO.Compression;
using Summarizer.Gather;

namespace Summarizer.Tests.Gather;

public sealed class DocxFormatReaderTests
{
    private readonly DocxFormatReader _reader = new();

    [Fact]
    public void Read_StyledDocument_ConvertsHeadingsListsTablesAndBold()
    {
        var bytes = new DocxBuilder()
            .Styled("Title", "数据平台组周报 2024-W26")
            .Para("汇报人：陈思远")
            .Styled("Heading1", "本周进展")
            .Item("实时数仓：运行稳定。")
            .Item("子项", level: 1)
            .Styled("1", "风险")
            .Item("业务：", numId: 2).Item("第二", numId: 2)
            .Para("下周计划", bold: true)
            .Table(["指标", "本周"], ["准时率", "98.7%"])
            .Build();
        var result = _reader.Read(bytes);
        Assert.Null(result.Error);
        Assert.Equal([
            "# 数据平台组周报 2024-W26", "", "汇报人：陈思远", "", "## 本周进展", "",
            "- 实时数仓：运行稳定。", "  - 子项", "", "## 风险", "", "1. 业务：", "2. 第二",
            "**下周计划**", "", "| 指标 | 本周 |", "| --- | --- |", "| 准时率 | 98.7% |"], result.Lines);
    }

    [Fact]
    public void Read_ZipBombOfEmptyParagraphs_IsRefusedBeforeTheXmlTreeIsBuilt()
    {
        // A few KB that unpack to ~18 MB of <w:p/>: the SDK's tree of it would take gigabytes.
        var bytes = new DocxBuilder().Para("Weekly report").Build();
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            for (int i = 0; i < 3_000_000; i++) writer.Write("<w:p/>");
            writer.Write("</w:body></w:document>");
        }

        var result = _reader.Read(stream.ToArray());

        Assert.Null(result.Lines);
        Assert.Contains("unpacks to more than 8 MB of Word XML", result.Error);
    }

    [Fact]
    public void Read_ZipWithoutWordParts_FailsAsCorruptDocx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            using (var w = new StreamWriter(zip.CreateEntry("hello.txt").Open())) w.Write("not word");
        var result = _reader.Read(stream.ToArray());
        Assert.Contains("corrupt .docx", result.Error);
    }

    [Fact]
    public void Read_TruncatedDocx_FailsAsCorruptDocx()
    {
        var bytes = new DocxBuilder().Para("x").Build();
        Assert.Contains("corrupt .docx", _reader.Read(bytes[..(bytes.Length / 2)]).Error);
    }

    [Fact]
    public void Read_TextFileNamedDocx_FailsAsCorruptDocx()
    {
        Assert.Contains("corrupt .docx", _reader.Read("# just markdown"u8.ToArray()).Error);
    }
}
