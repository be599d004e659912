using System.Text;
using Summarizer.Gather;

namespace Summarizer.Tests.Gather;

public sealed class TextDecoderTests
{
    private const string Chinese = "支付成功率：99.991%\n上线时间由7月9日调整至7月16日";

    [Fact]
    public void Decode_Utf8WithoutBom_ReturnsTextAsUtf8()
    {
        var d = TextDecoder.Decode(Encoding.UTF8.GetBytes(Chinese));
        Assert.Equal((Chinese, "utf-8"), (d.Text, d.Encoding));
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsBom()
    {
        var d = TextDecoder.Decode(TestEncodings.WithBom(new UTF8Encoding(true), Chinese));
        Assert.Equal((Chinese, "utf-8"), (d.Text, d.Encoding));
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_ReturnsText()
    {
        var d = TextDecoder.Decode(TestEncodings.WithBom(new UnicodeEncoding(false, true), Chinese));
        Assert.Equal((Chinese, "utf-16le"), (d.Text, d.Encoding));
    }

    [Fact]
    public void Decode_Utf16BigEndianWithBom_ReturnsText()
    {
        var d = TextDecoder.Decode(TestEncodings.WithBom(new UnicodeEncoding(true, true), Chinese));
        Assert.Equal((Chinese, "utf-16be"), (d.Text, d.Encoding));
    }

    [Fact]
    public void Decode_GbkBytes_DecodesAsGb18030WithoutReplacementCharacters()
    {
        var d = TextDecoder.Decode(TestEncodings.Gbk.GetBytes(Chinese));
        Assert.Equal((Chinese, "gb18030"), (d.Text, d.Encoding));
        Assert.DoesNotContain('\uFFFD', d.Text!);
    }

    [Fact]
    public void Decode_InvalidInUtf8AndGb18030_FailsAsUndecodable()
    {
        var d = TextDecoder.Decode([(byte)'o', (byte)'k', 0xFF, 0x80, 0xFF, (byte)'\n']);
        Assert.False(d.Ok);
        Assert.Contains("undecodable", d.Error);
    }

    [Fact]
    public void Decode_Utf8BomWithInvalidBytes_Fails()
    {
        var d = TextDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'a', 0xC3, 0x28]);
        Assert.False(d.Ok);
        Assert.Contains("undecodable", d.Error);
    }

    [Fact]
    public void Decode_NulBytesWithoutBom_FailsAsBinary()
    {
        var d = TextDecoder.Decode([(byte)'P', (byte)'K', 0x03, 0x04, 0x00, 0x00, 0x14]);
        Assert.False(d.Ok);
        Assert.Contains("binary", d.Error);
    }

    [Fact]
    public void Decode_ManyControlCharacters_FailsAsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0x01 : 'a')).ToArray();
        var d = TextDecoder.Decode(bytes);
        Assert.False(d.Ok);
        Assert.Contains("looks binary", d.Error);
    }

    [Fact]
    public void Decode_TabsAndFormFeeds_AreText()
    {
        Assert.True(TextDecoder.Decode(Encoding.UTF8.GetBytes("a\tb\fc\r\n")).Ok);
    }

    [Fact]
    public void Decode_DeclaredLegacyCharsetAndNotUtf8_UsesDeclaredCharsetInsteadOfGb18030()
    {
        var latin1 = Encoding.Latin1.GetBytes("naïve résumé");
        var d = TextDecoder.Decode(latin1, "windows-1252");
        Assert.Equal(("naïve résumé", "windows-1252"), (d.Text, d.Encoding));
    }

    [Fact]
    public void Decode_DeclaredUtf8ButGbkBytes_StillDecodesAsGb18030()
    {
        Assert.Equal("gb18030", TextDecoder.Decode(TestEncodings.Gbk.GetBytes(Chinese), "utf-8").Encoding);
    }

    [Fact]
    public void ToUtf8_DeclaredCharset_WinsOverDetection()
    {
        // These Big5 bytes are also valid GB18030, so detection alone would read other characters.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var big5 = Encoding.GetEncoding("big5").GetBytes("支付通道超時");
        Assert.Equal("支付通道超時", Encoding.UTF8.GetString(TextDecoder.ToUtf8(big5, "big5").Bytes!));
    }

    [Fact]
    public void ToUtf8_ByteOrderMark_WinsOverTheDeclaredCharset()
    {
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("café")];
        Assert.Equal(withBom, TextDecoder.ToUtf8(withBom, "iso-8859-1").Bytes);
    }

    [Fact]
    public void ToUtf8_UnknownCharsetOrInvalidBytes_SaysWhich()
    {
        var unknown = TextDecoder.ToUtf8("x"u8.ToArray(), "x-klingon");
        var invalid = TextDecoder.ToUtf8(TestEncodings.Gbk.GetBytes(Chinese), "utf-8");
        Assert.Equal((true, "declares the charset 'x-klingon', which Summarizer does not know"), (unknown.UnknownCharset, unknown.Error![..64]));
        Assert.Equal((false, true), (invalid.UnknownCharset, invalid.Error!.StartsWith("is not valid utf-8 text", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("utf-7")]   // .NET knows the name but refuses it (NotSupportedException): a stranger's mail stopped the fetch
    [InlineData("x-klingon")]
    public void ToUtf8_ACharsetDotNetRefuses_IsAnUnknownCharset_NotAnException(string charset)
    {
        var result = TextDecoder.ToUtf8("hello +AFw-"u8.ToArray(), charset);
        Assert.True(result.UnknownCharset);
        Assert.Null(result.Bytes);
    }
}
