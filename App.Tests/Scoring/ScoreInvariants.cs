using SellerConsole.Scoring;

namespace SellerConsole.Tests.Scoring;

/// <summary>The invariants every score card must satisfy, whatever the input.</summary>
public static class ScoreInvariants
{
    public static void Check(ScoreCard card, string context)
    {
        Assert.True(card.Score is >= 0m and <= 100m, $"{context}: score {card.Score} out of range");
        Assert.True(card.Score * 10m == decimal.Truncate(card.Score * 10m), $"{context}: score {card.Score} has more than 1 dp");
        Assert.True(card.Findings.Sum(f => f.PointsLost) == 100m - card.Score,
            $"{context}: points lost {card.Findings.Sum(f => f.PointsLost)} != 100 - {card.Score}");
        Assert.True(card.Sections.Sum(s => s.Weight) == 100m, $"{context}: weights do not add up to 100");
        foreach (var section in card.Sections)
        {
            var lost = card.Findings.Where(f => f.Section == section.Section).Sum(f => f.PointsLost);
            Assert.True(lost == section.Weight - section.Earned, $"{context}: {section.Section} lost {lost} but earned {section.Earned} of {section.Weight}");
            Assert.True(section.Earned >= 0m, $"{context}: {section.Section} earned {section.Earned}");
        }
        var cap = card.Findings.Where(f => f.RuleId == RuleIds.ScoreBlockingCap).Sum(f => f.PointsLost);
        Assert.True(card.Score == card.Sections.Sum(s => s.Earned) - cap, $"{context}: score is not the sections' earned points minus the cap");
        Assert.True(cap == 0m || card.Findings.Any(f => f.Severity == Severity.Blocking && f.RuleId != RuleIds.ScoreBlockingCap), $"{context}: cap without a blocking finding");
        foreach (var finding in card.Findings)
        {
            Assert.True(finding.PointsLost >= 0m, $"{context}: {finding.RuleId} lost {finding.PointsLost}");
            Assert.Contains(finding.RuleId, RuleIds.All);
            foreach (var text in new[] { finding.Evidence, finding.Message, finding.Fix })
            {
                Assert.True(IsCleanText(text), $"{context}: {finding.RuleId} has unsafe text");
                Assert.True(text.Length <= 10_000, $"{context}: {finding.RuleId} text of {text.Length} chars");
            }
        }
        var order = card.Findings.Select(f => (f.PointsLost, (int)f.Severity)).ToList();
        Assert.True(order.SequenceEqual(order.OrderByDescending(o => o.PointsLost).ThenByDescending(o => o.Item2)), $"{context}: findings not in fix-first order");
    }

    /// <summary>Valid UTF-16 without control characters: safe to render and to store as JSON.</summary>
    private static bool IsCleanText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]))
            {
                return false;
            }
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }
                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    public static void AssertSame(ScoreCard expected, ScoreCard actual, string context)
    {
        Assert.True(expected.Score == actual.Score, $"{context}: score {expected.Score} then {actual.Score}");
        Assert.True(expected.Findings.SequenceEqual(actual.Findings), $"{context}: findings differ");
        Assert.True(expected.Sections.SequenceEqual(actual.Sections), $"{context}: sections differ");
        Assert.True(expected.Benchmark.Metrics.SequenceEqual(actual.Benchmark.Metrics), $"{context}: metrics differ");
        Assert.True(expected.Benchmark.CommonTerms.SequenceEqual(actual.Benchmark.CommonTerms), $"{context}: common terms differ");
        Assert.True(expected.Benchmark.MissingTerms.SequenceEqual(actual.Benchmark.MissingTerms), $"{context}: missing terms differ");
        Assert.True(expected.Benchmark.PeerAsins.SequenceEqual(actual.Benchmark.PeerAsins), $"{context}: peers differ");
    }
}
