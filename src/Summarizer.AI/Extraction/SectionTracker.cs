using Summarizer.Extraction;

namespace Summarizer.AI.Extraction;

/// <summary>
/// Gathers the parts of each heading unit as batches finish (a big unit spans several) and says when a unit is
/// complete. A unit with any failed part is extracted whole by the offline engine and marked degraded.
/// </summary>
internal sealed class SectionTracker
{
    private sealed class State
    {
        public int Pending;
        public bool Failed;
        public ExtractionUsage? Usage;
        public readonly List<DroppedCandidate> Drops = [];
        public readonly List<ItemCandidate> Candidates = [];
    }

    private readonly Dictionary<ReportSection, State> _states = new(ReferenceEqualityComparer.Instance);
    private readonly OfflineExtractor _offline;

    public SectionTracker(IEnumerable<PromptBatch> batches, OfflineExtractor offline)
    {
        _offline = offline;
        foreach (var piece in batches.SelectMany(b => b.Pieces))
            (_states.TryGetValue(piece.Unit, out var s) ? s : _states[piece.Unit] = new State()).Pending++;
    }

    /// <summary>Records a finished batch; returns the units it completed.</summary>
    public IReadOnlyList<SectionExtraction> Complete(PromptBatch batch, BatchResult result)
    {
        lock (_states)
        {
            // A batch's usage goes to its first section, so the run's totals are the sums over sections; a refusal goes to
            // the section it was proposed for, so it is checkpointed (and listed again on a cached re-run) with that section.
            var first = _states[batch.Pieces[0].Unit];
            first.Usage = (first.Usage ?? ExtractionUsage.None).Add(result.Usage);
            foreach (var drop in result.Drops)
            {
                var unit = batch.Pieces.Select(p => p.Unit).FirstOrDefault(u => u.PathText == drop.Section && u.Report.Team == drop.Team) ?? batch.Pieces[0].Unit;
                _states[unit].Drops.Add(drop);
            }
            foreach (var (piece, candidates) in result.Done)
            {
                var s = _states[piece.Unit];
                s.Candidates.AddRange(candidates.Where(c => !s.Candidates.Any(k => CandidateIdentity.Same(k, c))));
            }
            foreach (var piece in result.Failed) _states[piece.Unit].Failed = true;

            var finished = new List<SectionExtraction>();
            foreach (var group in batch.Pieces.GroupBy(p => p.Unit, ReferenceEqualityComparer.Instance))
            {
                var unit = (ReportSection)group.Key!;
                var s = _states[unit];
                s.Pending -= group.Count();
                if (s.Pending > 0) continue;
                finished.Add(s.Failed
                    ? new SectionExtraction(unit.Id, _offline.Extract(unit), Degraded: true, s.Usage, s.Drops.ToList())
                    : new SectionExtraction(unit.Id, s.Candidates.ToList(), Degraded: false, s.Usage, s.Drops.ToList()));
            }
            return finished;
        }
    }
}
