using System.Text;

namespace Summarizer.Tests.Gather;

public static class TestEncodings
{
    public static Encoding Gbk
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GBK");
        }
    }

    public static byte[] WithBom(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
}
