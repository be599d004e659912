using System.Text;

namespace Summarizer.Gather;

/// <summary>
/// Decodes report bytes: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then strict GB18030 (a superset of GBK).
/// Strict decoders throw on invalid bytes, so a GBK file is never half-read as UTF-8 with U+FFFD in it.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <param name="declaredCharset">A charset the file declares (HTML <c>meta charset</c>): used when the bytes are not UTF-8 and
    /// it names a legacy non-Chinese encoding (e.g. windows-1252), which GB18030 would otherwise misread.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var bom = Strict(Utf8, bytes[3..], "utf-8");
            return bom.Ok ? Checked(bom) : DecodedText.Failure("has a UTF-8 byte-order mark but invalid UTF-8 bytes (undecodable); re-save it as UTF-8");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return DecodedText.Failure("is UTF-32, which is not supported: save it as UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Utf16(Strict(Utf16Le, bytes[2..], "utf-16le"));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Utf16(Strict(Utf16Be, bytes[2..], "utf-16be"));

        // Without a BOM a NUL byte means binary data (or UTF-16 without a BOM, which cannot be told apart reliably).
        if (bytes.Contains((byte)0))
            return DecodedText.Failure("contains NUL bytes: it is a binary file or UTF-16 without a byte-order mark; save the report as UTF-8 text");
        var utf8 = Strict(Utf8, bytes, "utf-8");
        if (utf8.Ok) return Checked(utf8);
        if (Declared(declaredCharset) is { } declared)
        {
            var legacy = Strict(declared, bytes, declared.WebName);
            return legacy.Ok ? Checked(legacy) : DecodedText.Failure($"is not valid {declared.WebName} text, the charset it declares (undecodable bytes); save it as UTF-8");
        }
        var gb = Strict(Gb18030.Value, bytes, "gb18030");
        if (gb.Ok) return Checked(gb);
        return DecodedText.Failure("is neither valid UTF-8 nor valid GB18030/GBK text (undecodable bytes); save it as UTF-8");
    }

    /// <summary>
    /// Text bytes in the charset a sender declared (an upload's <c>Content-Type: text/plain; charset=iso-8859-1</c>, a
    /// mail part's charset) as UTF-8, so the readers read them as declared: a declared charset wins over detection,
    /// except a byte-order mark, which wins over both (bytes are returned as they are). Errors, as a predicate of
    /// "the report": the charset is unknown (<see cref="CharsetConversion.UnknownCharset"/>), or the bytes are not
    /// valid in it.
    /// </summary>
    public static CharsetConversion ToUtf8(byte[] bytes, string charset)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new CharsetConversion(bytes, null, false);
        if (string.IsNullOrWhiteSpace(charset.Trim().Trim('"')))
            return new CharsetConversion(null, "declares a charset without a name (charset=); send it as UTF-8 without a charset, or name one such as utf-8, gb18030, gbk, big5, shift_jis, iso-8859-1 or windows-1252", true);
        if (EncodingNamed(charset) is not { } encoding)
            return new CharsetConversion(null, $"declares the charset '{charset.Trim()}', which Summarizer does not know; send it as UTF-8 or name a charset such as utf-8, gb18030, gbk, big5, shift_jis, iso-8859-1 or windows-1252", true);
        // The name the sender wrote: .NET files gbk under its code page's web name "gb2312", which the sender never said.
        var name = charset.Trim().Trim('"').ToLowerInvariant();
        bool utf8Text = System.Text.Unicode.Utf8.IsValid(bytes);
        // UTF-16/32 text always has bytes that are no UTF-8 (NULs for ASCII, stray continuation bytes for CJK): bytes
        // that are valid 8-bit UTF-8 text declared as UTF-16 would decode to mojibake and replace the team's report.
        if (encoding is UnicodeEncoding or UTF32Encoding && !bytes.AsSpan().Contains((byte)0) && utf8Text)
            return new CharsetConversion(null, $"declares {name}, but its bytes are 8-bit text (valid UTF-8, no NUL bytes), so the declared charset is wrong; send it without a charset or as charset=utf-8", false);
        // Non-ASCII bytes that are valid UTF-8 are UTF-8 text: read as latin-1 or windows-1252 they would be mojibake
        // ("é£é©" for 风险) that replaces the team's report; no real legacy-charset text is also valid multi-byte UTF-8.
        if (encoding is not UTF8Encoding && !Ascii.IsValid(bytes) && utf8Text)
            return new CharsetConversion(null, $"declares {name}, but its bytes are UTF-8 text, which {name} would turn into garbled characters; send it as charset=utf-8 (or without a charset)", false);
        // Chinese GBK text declared as a Western single-byte charset decodes without error into "Ë÷Òý¼¯Èº": refuse it the
        // same way (t8b: such an upload replaced a team's report with garbage and a 200).
        if (encoding.CodePage is 28591 or 28605 or 1252 && ReadsAsChinese(bytes))
            return new CharsetConversion(null, $"declares {name}, but its bytes are Chinese GBK text, which {name} would turn into garbled characters; send it as charset=gbk (or as UTF-8)", false);
        var decoded = Strict(encoding, bytes, name);
        return decoded.Ok
            ? new CharsetConversion(Encoding.UTF8.GetBytes(decoded.Text!), null, false)
            : new CharsetConversion(null, $"is not valid {name} text, the charset it was declared in (undecodable bytes); send it with its real charset, or as UTF-8", false);
    }

    /// <summary>
    /// True when 8-bit bytes are Chinese GB18030/GBK text rather than Western text: many of the letters are non-ASCII
    /// (Western European text has a few accented letters among ASCII ones; Chinese read byte by byte is nearly all
    /// non-ASCII), they decode strictly as GB18030, and nearly all the non-ASCII characters are CJK ideographs or
    /// punctuation.
    /// </summary>
    private static bool ReadsAsChinese(byte[] bytes)
    {
        int high = 0, letters = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80) high++;
            else if (char.IsAsciiLetter((char)b)) letters++;
        }
        if (high < 8 || high < 0.3 * (high + letters)) return false;
        var gb = Strict(Gb18030.Value, bytes, "gb18030");
        if (!gb.Ok) return false;
        int wide = 0, cjk = 0;
        foreach (var c in gb.Text!)
        {
            if (c < 0x80) continue;
            wide++;
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF') cjk++;
        }
        return cjk >= 4 && cjk >= 0.8 * wide;
    }

    /// <summary>The strict (throwing) encoding of a charset name, or null for a name no registered encoding has.</summary>
    private static Encoding? EncodingNamed(string charset)
    {
        _ = Gb18030.Value; // registers the code-page provider
        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"'), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null; // NotSupportedException: a name .NET knows but refuses to decode (UTF-7, disabled for security)
        }
    }

    private static DecodedText Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return DecodedText.Success(encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException)
        {
            return DecodedText.Failure($"is not valid {name}");
        }
    }

    private static Encoding? Declared(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset) || EncodingNamed(charset) is not { } e) return null;
        // UTF and Chinese encodings are already tried in order; only other legacy charsets change the outcome.
        return e.WebName is "utf-8" or "utf-16" or "utf-16be" or "gb2312" or "gbk" or "gb18030" || e.CodePage is 936 or 54936 ? null : e;
    }

    private static DecodedText Utf16(DecodedText decoded) => decoded.Ok
        ? Checked(decoded)
        : DecodedText.Failure("has a UTF-16 byte-order mark but invalid UTF-16 data (undecodable); re-save it as UTF-8");

    /// <summary>Rejects decoded text with NULs or many control characters: binary data that happened to decode.</summary>
    private static DecodedText Checked(DecodedText decoded)
    {
        var text = decoded.Text!;
        int controls = 0;
        foreach (char c in text)
            if (c == '\0' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v') && c < 0x80)) controls++;
        if (text.Contains('\0') || controls > Math.Max(8, text.Length / 100))
            return DecodedText.Failure($"looks binary: {controls} control characters in {text.Length} characters; save the report as text");
        return decoded;
    }
}

/// <summary>Bytes converted from a declared charset to UTF-8 (<see cref="TextDecoder.ToUtf8"/>), or why not.</summary>
/// <param name="Error">A predicate of "the report", e.g. "is not valid iso-8859-2 text, …"; null on success.</param>
/// <param name="UnknownCharset">True when the charset's name is not known (a media-type problem, not the content's).</param>
public sealed record CharsetConversion(byte[]? Bytes, string? Error, bool UnknownCharset);
