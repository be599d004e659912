using Microsoft.Extensions.Options;
using Summarizer.Digest;
using Summarizer.Store;

namespace Summarizer.History;

/// <summary>
/// The one owner of a week's digest language, so the digest does not switch language from week to week for the same
/// teams when their mix of Chinese and English lines shifts: <c>Summarizer:Digest:Language</c> when set to en or zh;
/// with auto the language of the latest stored week before this one (<see cref="WeekSnapshot.Language"/>, or for a
/// week stored before the language was recorded the majority of its items), and only for the first week the majority
/// of this week's items (<see cref="ReportLanguage.IsMostlyChinese"/>). The choice is stored with the week, so its
/// change notes, summary and digest agree, and every later render of that week keeps it.
/// </summary>
public sealed class DigestLanguageChoice(IDigestStore store, IOptions<DigestLanguageOptions> options)
{
    public async Task<DigestLanguage> ChooseAsync(IsoWeek week, IReadOnlyList<ExtractedItem> items, CancellationToken ct = default)
    {
        switch (options.Value.Language)
        {
            case "en": return DigestLanguage.English;
            case "zh": return DigestLanguage.Chinese;
        }
        var earlier = (await store.ListWeeksAsync(ct))
            .Select(w => IsoWeek.TryParse(w, out var parsed) ? parsed : (IsoWeek?)null)
            .OfType<IsoWeek>()
            .Where(w => w.CompareTo(week) < 0)
            .OrderDescending();
        foreach (var w in earlier)
            if (await store.GetWeekAsync(w.ToString(), ct) is { } previous && (previous.Language is not null || previous.Items.Count > 0))
                return previous.Language ?? Majority(previous.Items);
        return Majority(items);
    }

    /// <summary>Chinese when most of the items' quoted text is CJK, else English (also for a week without items).</summary>
    public static DigestLanguage Majority(IEnumerable<ExtractedItem> items) =>
        DigestComposer.LanguageOf(items.Where(i => i.Status != ReviewStatus.Dismissed).Select(i => i.Source.Quote));
}
