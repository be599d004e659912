using DocumentFormat.OpenXml.Wordprocessing;

namespace Summarizer.Gather;

/// <summary>List markers: bullets become <c>- </c>, numbered levels count <c>1. 2. …</c> and restart under a new parent item.</summary>
internal sealed class DocxNumbering(Numbering? numbering)
{
    private readonly Dictionary<(int NumId, int Level), int> _counters = [];

    public string Marker(int numId, int level)
    {
        if (IsBullet(numId, level)) return "- ";
        foreach (var deeper in _counters.Keys.Where(k => k.NumId == numId && k.Level > level).ToList()) _counters.Remove(deeper);
        int n = _counters.GetValueOrDefault((numId, level)) + 1;
        _counters[(numId, level)] = n;
        return $"{n}. ";
    }

    private bool IsBullet(int numId, int level)
    {
        var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var abstractNum = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        var lvl = abstractNum?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
        var format = lvl?.NumberingFormat?.Val;
        return format is null || format.Value == NumberFormatValues.Bullet;
    }
}
