using SellerConsole.Scoring;
using static SellerConsole.Tests.Scoring.ListingBuilder;

namespace SellerConsole.Tests.Scoring;

/// <summary>Properties over thousands of seeded random listings; each failure message names seed and case.</summary>
public sealed class ScorePropertyTests
{
    private const int Seed = 20_250_817;
    private const int Cases = 3000;

    [Fact]
    public void Scores_stay_in_range_and_every_lost_point_is_traced_to_a_finding()
    {
        var generator = new RandomListings(Seed);
        for (var i = 0; i < Cases; i++)
        {
            var card = Scored.Of(generator.Next(), generator.Peers());
            ScoreInvariants.Check(card, $"seed {Seed} case {i}");
        }
    }

    [Fact]
    public void Scoring_the_same_input_twice_or_on_many_threads_gives_the_same_card()
    {
        var generator = new RandomListings(Seed + 1);
        var inputs = Enumerable.Range(0, 1000).Select(_ => (Listing: generator.Next(), Peers: generator.Peers())).ToList();
        var sequential = inputs.Select(x => Scored.Of(x.Listing, x.Peers)).ToList();

        var again = inputs.Select(x => Scored.Of(x.Listing, x.Peers)).ToList();
        var parallel = new ScoreCard[inputs.Count];
        Parallel.For(0, inputs.Count, i => parallel[i] = Scored.Of(inputs[i].Listing, inputs[i].Peers));
        // One shared PeerSet, first used from many threads at once: its lazy analysis must not change results.
        var allPeers = inputs.SelectMany(x => x.Peers).ToList();
        var shared = PeerSet.Prepare(allPeers, ScoringSettings.Default);
        var viaList = inputs.Select(x => Scored.Of(x.Listing, allPeers)).ToList();
        var viaSet = new ScoreCard[inputs.Count];
        Parallel.For(0, inputs.Count, i => viaSet[i] = ListingScorer.Score(inputs[i].Listing, shared, ScoringSettings.Default));

        for (var i = 0; i < inputs.Count; i++)
        {
            ScoreInvariants.AssertSame(sequential[i], again[i], $"seed {Seed + 1} case {i} (repeat)");
            ScoreInvariants.AssertSame(sequential[i], parallel[i], $"seed {Seed + 1} case {i} (parallel)");
            ScoreInvariants.AssertSame(viaList[i], viaSet[i], $"seed {Seed + 1} case {i} (shared PeerSet)");
        }
    }

    public static TheoryData<string> Fixes() => new(FixCatalogue.Keys);

    [Theory]
    [MemberData(nameof(Fixes))]
    public void Fixing_a_finding_never_lowers_the_score(string ruleId)
    {
        var fix = FixCatalogue[ruleId];
        var generator = new RandomListings(Seed + ruleId.Length);
        var applied = 0;
        for (var i = 0; i < Cases; i++)
        {
            var listing = generator.Next();
            var peers = generator.Peers();
            var before = Scored.Of(listing, peers);
            if (!before.Has(ruleId))
            {
                continue;
            }
            applied++;
            var after = Scored.Of(fix(listing), peers);
            var context = $"seed {Seed + ruleId.Length} case {i} fix {ruleId}";
            Assert.True(after.Score >= before.Score, $"{context}: {before.Score} -> {after.Score}\nbefore: {before.Ids()}\nafter: {after.Ids()}");
            var severityBefore = before.Findings.Where(f => f.RuleId == ruleId).Max(f => f.Severity);
            var severityAfter = after.Findings.Where(f => f.RuleId == ruleId).Select(f => (Severity?)f.Severity).Max();
            Assert.True(severityAfter is null || severityAfter <= severityBefore, $"{context}: the finding got worse");
        }
        Assert.True(applied >= 50, $"only {applied} random listings had {ruleId}; the generator no longer exercises this fix");
    }

    private static readonly Dictionary<string, Func<ListingContent, ListingContent>> FixCatalogue = new()
    {
        [RuleIds.TitleLengthMax] = l => l with { Title = TrimWords(l.Title!, 200) },
        [RuleIds.TitleBannedChars] = l => l with { Title = new string(l.Title!.Select(c => "!$?_{}^¬¦".Contains(c) ? ' ' : c).ToArray()) },
        [RuleIds.BulletsCount] = l => l with { Bullets = [.. l.Bullets ?? [], GoodBullets.First(b => !(l.Bullets ?? []).Contains(b))] },
        [RuleIds.ImagesMainSize] = l => l with { Images = EnlargeMain(l.Images!) },
        [RuleIds.ImagesMainBackground] = l => l with { Images = WhiteMain(l.Images!) },
        [RuleIds.MediaAPlus] = l => l with { HasAPlusContent = true },
        [RuleIds.SearchTermsTemporarySubjective] = l => l with { SearchTerms = string.Join(" ", (l.SearchTerms ?? "").Split(' ').Where(w => w is not ("new" or "now" or "best" or "sale"))) },
    };

    private static string TrimWords(string title, int max)
    {
        while (title.Length > max)
        {
            title = title[..title.LastIndexOf(' ')];
        }
        return title;
    }

    private static IReadOnlyList<ListingImage?> EnlargeMain(IReadOnlyList<ListingImage?> images) => ReplaceMain(images, m => m with { Width = 2000, Height = 2000 });

    private static IReadOnlyList<ListingImage?> WhiteMain(IReadOnlyList<ListingImage?> images) => ReplaceMain(images, m => m with { WhiteBackground = true });

    private static IReadOnlyList<ListingImage?> ReplaceMain(IReadOnlyList<ListingImage?> images, Func<ListingImage, ListingImage> change)
    {
        var list = images.ToList();
        var main = list.FindIndex(i => i is not null);
        list[main] = change(list[main]!);
        return list;
    }
}
