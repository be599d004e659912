using System.Globalization;
using System.Text;

namespace Summarizer.History;

/// <summary>Normalised text for matching across weeks: full-width folded to half-width, case-folded, only letters and digits kept.</summary>
public static class TextKey
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // NFKC folds full-width letters, digits and the ideographic space to their ASCII forms.
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>Dice coefficient over character bigrams of the normalised texts (single characters when shorter).</summary>
    public static double Similarity(string? a, string? b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        if (x.Length == 0 || y.Length == 0) return 0;
        if (x == y) return 1;
        var bx = Bigrams(x);
        var by = Bigrams(y);
        int common = 0;
        foreach (var (gram, count) in bx)
            if (by.TryGetValue(gram, out var other)) common += Math.Min(count, other);
        return 2.0 * common / (bx.Values.Sum() + by.Values.Sum());
    }


    private static Dictionary<string, int> Bigrams(string s)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        if (s.Length == 1) grams[s] = 1;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            var g = s.Substring(i, 2);
            grams[g] = grams.GetValueOrDefault(g) + 1;
        }
        return grams;
    }
}
