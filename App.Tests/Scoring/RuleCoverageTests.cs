using System.Reflection;
using SellerConsole.Scoring;

namespace SellerConsole.Tests.Scoring;

public sealed class RuleCoverageTests
{
    public static TheoryData<string> AllRules() => new(RuleIds.All);

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Each_rule_fires_on_its_failing_example_and_not_on_its_near_miss(string ruleId)
    {
        Assert.True(RuleExamples.ByRule.TryGetValue(ruleId, out var example), $"no example for {ruleId}");

        var passing = Scored.Of(example.Pass, example.Peers);
        var failing = Scored.Of(example.Fail, example.Peers);

        Assert.False(passing.Has(ruleId), $"{ruleId} fired on its passing example: {passing.Ids()}");
        Assert.True(failing.Has(ruleId), $"{ruleId} did not fire on its failing example: {failing.Ids()}");
        var finding = failing.Findings.First(f => f.RuleId == ruleId);
        Assert.False(string.IsNullOrWhiteSpace(finding.Evidence));
        Assert.False(string.IsNullOrWhiteSpace(finding.Fix));
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
    }

    [Fact]
    public void The_good_listing_has_no_findings_and_scores_100_even_against_peers()
    {
        var alone = Scored.Of(ListingBuilder.Good());
        var withPeers = Scored.Of(ListingBuilder.Good(), PeerBuilder.LikeGood(10));

        Assert.True(alone.Findings.Count == 0, alone.Ids());
        Assert.Equal(100m, alone.Score);
        Assert.True(withPeers.Findings.Count == 0, withPeers.Ids());
        Assert.Equal(100m, withPeers.Score);
        Assert.Equal(10, withPeers.Benchmark.PeerCount);
    }

    [Fact]
    public void Every_rule_id_constant_is_listed_in_All_exactly_once()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(constants, RuleIds.All.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(RuleIds.All.Count, RuleIds.All.Distinct().Count());
    }
}
