using SellerConsole.Scoring;
using static SellerConsole.Tests.Scoring.ListingBuilder;

namespace SellerConsole.Tests.Scoring;

public sealed class ScoreDiffTests
{
    [Fact]
    public void A_draft_that_fixes_the_title_shows_the_gain_and_the_resolved_finding()
    {
        var live = Scored.Of(Good() with { Title = GoodTitle.ToUpperInvariant() });
        var draft = Scored.Of(Good());

        var diff = ScoreDiff.Compare(live, draft);

        Assert.Equal(draft.Score - live.Score, diff.Delta);
        Assert.True(diff.Delta > 0);
        Assert.Contains(diff.Resolved, f => f.RuleId == RuleIds.TitleAllCaps);
        Assert.Empty(diff.Appeared);
    }

    [Fact]
    public void A_worse_draft_shows_the_loss_and_the_new_findings()
    {
        var diff = ScoreDiff.Compare(Scored.Of(Good()), Scored.Of(Good() with { Title = TitleOfLength(201) }));

        Assert.True(diff.Delta < 0);
        Assert.Contains(diff.Appeared, f => f.RuleId == RuleIds.TitleLengthMax);
        Assert.Empty(diff.Resolved);
    }

    [Fact]
    public void The_same_content_changes_nothing()
    {
        var card = Scored.Of(Good() with { Bullets = ["one"] });

        var diff = ScoreDiff.Compare(card, Scored.Of(Good() with { Bullets = ["one"] }));

        Assert.Equal((0m, 0, 0), (diff.Delta, diff.Appeared.Count, diff.Resolved.Count));
    }

    [Fact]
    public void A_title_past_the_limit_makes_the_mobile_length_finding_worse_rather_than_resolving_it()
    {
        var live = Scored.Of(Good() with { Title = TitleOfLength(120) });
        Assert.True(live.Has(RuleIds.TitleLengthMobile), live.Ids());

        var diff = ScoreDiff.Compare(live, Scored.Of(Good() with { Title = TitleOfLength(10_031) }));

        Assert.DoesNotContain(diff.Resolved, f => f.RuleId == RuleIds.TitleLengthMobile);
        Assert.Contains(diff.Appeared, f => f.RuleId == RuleIds.TitleLengthMax);
    }

    [Fact]
    public void Shortening_a_title_under_the_mobile_length_resolves_the_mobile_finding()
    {
        var diff = ScoreDiff.Compare(Scored.Of(Good() with { Title = TitleOfLength(120) }), Scored.Of(Good()));

        Assert.Contains(diff.Resolved, f => f.RuleId == RuleIds.TitleLengthMobile);
        Assert.Empty(diff.Appeared);
    }

    [Fact]
    public void New_findings_are_listed_once_and_not_again_under_still_to_fix()
    {
        var live = Scored.Of(Good() with { Title = GoodTitle.ToUpperInvariant(), SearchTerms = null });
        var draft = Scored.Of(Good() with { Title = GoodTitle.ToUpperInvariant() + " Best Seller!!!", SearchTerms = null });

        var diff = ScoreDiff.Compare(live, draft);

        Assert.NotEmpty(diff.Appeared);
        Assert.Contains(diff.Remaining, f => f.RuleId == RuleIds.SearchTermsMissing);
        Assert.Empty(diff.Remaining.Intersect(diff.Appeared));
        Assert.DoesNotContain(diff.Remaining, f => diff.Appeared.Any(a => a.RuleId == f.RuleId));
    }

    [Fact]
    public void Across_random_drafts_the_draft_findings_split_exactly_into_new_and_still_to_fix()
    {
        const int seed = 20_261_207;
        var generator = new RandomListings(seed);
        for (var i = 0; i < 2000; i++)
        {
            var before = Scored.Of(generator.Next());
            var after = Scored.Of(generator.Next());

            var diff = ScoreDiff.Compare(before, after);

            var context = $"seed {seed} case {i}";
            Assert.True(diff.Appeared.Count + diff.Remaining.Count == after.Findings.Count, context);
            Assert.True(diff.Appeared.Concat(diff.Remaining).All(f => after.Findings.Contains(f)), context);
            Assert.True(diff.Resolved.All(f => before.Findings.Contains(f) && !after.Has(f.RuleId)), context);
            Assert.True(diff.Remaining.All(f => before.Has(f.RuleId)), context);
        }
    }

    [Fact]
    public void A_finding_that_costs_nothing_on_a_suppressed_listing_says_why_instead_of_zero_points()
    {
        var card = Scored.Of((Good() with { SearchTerms = null }).WithIssue("ERROR", "LISTING_SUPPRESSED"));
        var free = card.Single(RuleIds.SearchTermsMissing);
        Assert.Equal(0m, free.PointsLost);

        Assert.Equal("no points now: Content is already at 0", FindingPoints.Label(free, card));
        Assert.Equal($"{card.Single(RuleIds.AmazonIssueSuppressed).PointsLost:0.0} pts", FindingPoints.Label(card.Single(RuleIds.AmazonIssueSuppressed), card));
        Assert.DoesNotContain(card.Findings, f => FindingPoints.Label(f, card).StartsWith("0.0", StringComparison.Ordinal));
    }
}
