using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Summarizer.Gather;

/// <summary>Heading levels and list numbering that paragraph styles carry.</summary>
internal sealed partial class DocxStyles(Styles? styles)
{
    private readonly Dictionary<string, Style> _byId = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
        .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First()) ?? [];

    public int? HeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var name = style.StyleName?.Val?.Value ?? "";
            if (name.Equals("Title", StringComparison.OrdinalIgnoreCase) || name == "标题") return 1;
            var m = HeadingName().Match(name);
            if (m.Success) return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int outline && outline < 9) return outline + 2;
        }
        return null;
    }

    public NumberingProperties? Numbering(string? styleId) =>
        Chain(styleId).Select(s => s.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(n => n is not null);

    /// <summary>The style and the styles it is based on; bounded so a cycle in a broken file cannot loop.</summary>
    private IEnumerable<Style> Chain(string? styleId)
    {
        for (int i = 0; i < 10 && styleId is not null && _byId.TryGetValue(styleId, out var style); i++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    [GeneratedRegex(@"^(?:heading|标题)\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();
}
