using SellerConsole.Scoring;
using static SellerConsole.Tests.Scoring.ListingBuilder;

namespace SellerConsole.Tests.Scoring;

public sealed class TitleRuleTests
{
    [Fact]
    public void A_200_character_title_passes_and_201_fails_with_the_length_as_evidence()
    {
        var atLimit = Scored.Of(Good() with { Title = TitleOfLength(200) });
        var over = Scored.Of(Good() with { Title = TitleOfLength(201) });

        Assert.False(atLimit.Has(RuleIds.TitleLengthMax));
        Assert.Equal("201 characters", over.Single(RuleIds.TitleLengthMax).Evidence);
        Assert.False(over.Has(RuleIds.TitleLengthMobile));
    }

    [Fact]
    public void Title_length_counts_characters_not_utf16_units_or_bytes()
    {
        var poundsAndEmoji = "Forgemaster Drill " + new string('£', 100) + string.Concat(Enumerable.Repeat("🔩", 82));
        Assert.Equal(18 + 100 + 164, poundsAndEmoji.Length);

        var card = Scored.Of(Good() with { Title = poundsAndEmoji });

        Assert.False(card.Has(RuleIds.TitleLengthMax), card.Ids());
        Assert.True(Scored.Of(Good() with { Title = poundsAndEmoji + "🔩" }).Has(RuleIds.TitleLengthMax));
    }

    [Theory]
    [InlineData('!')]
    [InlineData('$')]
    [InlineData('?')]
    [InlineData('_')]
    [InlineData('{')]
    [InlineData('}')]
    [InlineData('^')]
    [InlineData('¬')]
    [InlineData('¦')]
    public void Each_banned_title_character_is_reported_as_evidence(char banned)
    {
        var card = Scored.Of(Good() with { Title = $"Forgemaster Drill {banned} Set" });

        Assert.Equal(banned.ToString(), card.Single(RuleIds.TitleBannedChars).Evidence);
    }

    [Theory]
    [InlineData("Screws for Wood and for Metal")]
    [InlineData("Drill Bit Set for Wood, for Metal and for Masonry and for Tiles")]
    [InlineData("Drill and Drill Bits")]
    [InlineData("Shelf Bracket 10 x 10 x 10 cm")]
    [InlineData("A Saw, a Hammer, a Drill and a Level")]
    public void Articles_prepositions_conjunctions_numbers_and_pairs_may_repeat(string title)
    {
        var card = Scored.Of(Good() with { Title = title });

        Assert.False(card.Has(RuleIds.TitleRepeatedWord), card.Ids());
    }

    [Theory]
    [InlineData("Drill Drill Drill", "drill ×3")]
    [InlineData("Drill bit, DRILL case and drill stand", "drill ×3")]
    [InlineData("Saw Saw Saw Blade Blade Blade Blade", "saw ×3, blade ×4")]
    public void A_word_used_more_than_twice_fails_case_insensitively(string title, string evidence)
    {
        var card = Scored.Of(Good() with { Title = title });

        Assert.Equal(evidence, card.Single(RuleIds.TitleRepeatedWord).Evidence);
    }

    [Theory]
    [InlineData("Forgemaster LED Work Light")]
    [InlineData("Forgemaster SDS Plus Drill Bits")]
    [InlineData("Forgemaster UK Plug 18V Charger")]
    [InlineData("Forgemaster HEPA Filter for M10 Vacuum")]
    [InlineData("Forgemaster 2AH PVC Hose")]
    public void Acronyms_units_and_model_numbers_are_not_shouting(string title)
    {
        Assert.False(Scored.Of(Good() with { Title = title }).Has(RuleIds.TitleAllCaps));
    }

    [Fact]
    public void The_brand_may_be_written_in_capitals_but_other_long_words_may_not()
    {
        var card = Scored.Of(Good() with { Brand = "DEWALT", Title = "DEWALT 18V XR Brushless COMBI DRILL" });

        Assert.Equal("COMBI, DRILL", card.Single(RuleIds.TitleAllCaps).Evidence);
    }

    [Theory]
    [InlineData("Forgemaster Drill Free Delivery", "free delivery")]
    [InlineData("Forgemaster Drill - 100% Guaranteed", "100% guaranteed")]
    [InlineData("Forgemaster Drill on SALE today", "on sale")]
    public void Promotional_phrases_are_matched_as_whole_words(string title, string evidence)
    {
        Assert.Equal(evidence, Scored.Of(Good() with { Title = title }).Single(RuleIds.TitlePromotional).Evidence);
    }

    [Theory]
    [InlineData("Forgemaster Wholesale Drill Pack")]
    [InlineData("Forgemaster Saleable Drill")]
    public void Words_that_merely_contain_a_promotional_word_pass(string title)
    {
        Assert.False(Scored.Of(Good() with { Title = title }).Has(RuleIds.TitlePromotional));
    }

    [Fact]
    public void An_emoji_only_title_counts_as_missing_and_as_emoji()
    {
        var card = Scored.Of(Good() with { Title = "🔨🔨🔨" });

        Assert.Equal(Severity.Blocking, card.Single(RuleIds.TitleMissing).Severity);
        Assert.Equal("🔨", card.Single(RuleIds.TitleEmoji).Evidence);
        Assert.True(card.Score <= 40m);
    }
}
