using SellerConsole.Scoring.Rules;

namespace SellerConsole.Scoring;

/// <summary>
/// Turns rule hits into points. Arithmetic is in whole tenths of a point (int), so sums are exact and
/// every score and PointsLost has one decimal place. Each section starts at its weight; its hits, most
/// severe first, each take weight x penalty(severity) until the section reaches zero (later hits then
/// take 0). If any Blocking hit exists the score is capped at BlockingScoreCap, and the points the
/// cap removes become the "score.blocking-cap" finding.
/// </summary>
internal static class PointsAllocator
{
    private static readonly ScoreSection[] Weighted =
        [ScoreSection.Content, ScoreSection.Media, ScoreSection.SocialProof, ScoreSection.Competitiveness];

    public static ScoreCard Allocate(IReadOnlyList<RuleHit> hits, Benchmark benchmark, ScoringSettings settings)
    {
        var weights = SectionTenths(settings);
        var findings = new List<Finding>(hits.Count + 1);
        var sections = new List<SectionScore>(Weighted.Length);
        var lost = 0;
        for (var s = 0; s < Weighted.Length; s++)
        {
            var remaining = weights[s];
            var ordered = hits
                .Where(h => h.Section == Weighted[s])
                .OrderByDescending(h => h.Severity)
                .ThenBy(h => h.RuleId, StringComparer.Ordinal)
                .ThenBy(h => h.Evidence, StringComparer.Ordinal);
            foreach (var hit in ordered)
            {
                var take = Math.Min(remaining, Penalty(weights[s], hit.Severity, settings));
                remaining -= take;
                findings.Add(ToFinding(hit, take));
            }
            sections.Add(new SectionScore(Weighted[s], Points(weights[s]), Points(remaining)));
            lost += weights[s] - remaining;
        }

        var score = 1000 - lost;
        var blocking = hits.Where(h => h.Severity == Severity.Blocking).Select(h => h.RuleId).Distinct().ToList();
        var cap = (int)Math.Round(settings.BlockingScoreCap * 10m, MidpointRounding.AwayFromZero);
        if (blocking.Count > 0 && score > cap)
        {
            findings.Add(new Finding(RuleIds.ScoreBlockingCap, Severity.Blocking, ScoreSection.Overall,
                $"While a blocking problem remains the score is capped at {Points(cap)}.",
                string.Join(", ", blocking),
                "Fix the blocking findings first: the listing is hidden or unsellable until they are gone.",
                Points(score - cap)));
            score = cap;
        }

        var fixFirst = findings
            .OrderByDescending(f => f.PointsLost)
            .ThenByDescending(f => f.Severity)
            .ThenBy(f => f.Section)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence, StringComparer.Ordinal)
            .ToList();
        return new ScoreCard(Points(score), sections, fixFirst, benchmark);
    }

    /// <summary>Section weights in tenths, normalised to 1000 by largest remainder so they always add up exactly.</summary>
    internal static int[] SectionTenths(ScoringSettings settings)
    {
        decimal[] raw = [settings.ContentWeight, settings.MediaWeight, settings.SocialProofWeight, settings.CompetitivenessWeight];
        var total = raw.Sum();
        var exact = raw.Select(w => w * 1000m / total).ToArray();
        var tenths = exact.Select(e => (int)decimal.Floor(e)).ToArray();
        var shortfall = 1000 - tenths.Sum();
        foreach (var i in Enumerable.Range(0, raw.Length).OrderByDescending(i => exact[i] - tenths[i]).ThenBy(i => i).Take(shortfall))
        {
            tenths[i]++;
        }
        return tenths;
    }

    private static int Penalty(int sectionTenths, Severity severity, ScoringSettings settings)
    {
        var fraction = severity switch
        {
            Severity.Blocking => settings.BlockingPenalty,
            Severity.Major => settings.MajorPenalty,
            _ => settings.MinorPenalty,
        };
        return (int)Math.Round(sectionTenths * fraction, MidpointRounding.AwayFromZero);
    }

    private static Finding ToFinding(RuleHit hit, int tenths) =>
        new(hit.RuleId, hit.Severity, hit.Section, hit.Message, hit.Evidence, hit.Fix, Points(tenths));

    private static decimal Points(int tenths) => decimal.Round(tenths / 10m, 1);
}
