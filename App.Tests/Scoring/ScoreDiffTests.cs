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
}
