using SellerConsole.Scoring;
using static SellerConsole.Tests.Scoring.ListingBuilder;

namespace SellerConsole.Tests.Scoring;

public sealed class BulletAndDescriptionRuleTests
{
    [Theory]
    [InlineData(5, null)]
    [InlineData(4, Severity.Minor)]
    [InlineData(3, Severity.Minor)]
    [InlineData(2, Severity.Major)]
    [InlineData(0, Severity.Major)]
    public void Fewer_than_five_bullets_is_minor_and_fewer_than_three_major(int count, Severity? expected)
    {
        var card = Scored.Of(Good().WithBullets([.. GoodBullets[..count], "", "   ", null]));

        Assert.Equal(expected, card.Findings.FirstOrDefault(f => f.RuleId == RuleIds.BulletsCount)?.Severity);
    }

    [Theory]
    [InlineData('™')]
    [InlineData('®')]
    [InlineData('€')]
    [InlineData('…')]
    [InlineData('†')]
    [InlineData('‡')]
    [InlineData('¢')]
    [InlineData('£')]
    [InlineData('¥')]
    [InlineData('©')]
    [InlineData('±')]
    public void Each_banned_bullet_symbol_is_reported_with_its_bullet_number(char symbol)
    {
        var card = Scored.Of(Good().WithBullet(2, $"Tolerance {symbol} 0.1 mm"));

        Assert.Equal($"bullet 3: {symbol}", card.Single(RuleIds.BulletsBannedSymbols).Evidence);
    }

    [Theory]
    [InlineData("Email sales@forgemaster.co.uk for spares", "email: sales@forgemaster.co.uk")]
    [InlineData("See https://forgemaster.example/manual", "URL: https://forgemaster.example/manual")]
    [InlineData("Manuals at forgemaster.co.uk.", "URL: forgemaster.co.uk")]
    [InlineData("Helpline 0800 123 4567", "phone: 0800 123 4567")]
    [InlineData("Ring +44 (0)20 7946 0958 today", "phone: +44 (0)20 7946 0958")]
    [InlineData("Mobile 07700-900-123", "phone: 07700-900-123")]
    public void Contact_details_are_found_and_quoted(string bullet, string evidence)
    {
        var card = Scored.Of(Good().WithBullet(0, bullet));

        Assert.Equal($"bullet 1: {evidence}", card.Single(RuleIds.BulletsContact).Evidence);
    }

    [Theory]
    [InlineData("Sizes 0.5 1.0 1.5 2.0 2.5 3.0 3.5 mm")]
    [InlineData("Cuts 0 - 10 - 20 - 30 - 40 - 50 mm deep")]
    [InlineData("Bit set, e.g. 3.5mm and 4mm, for wall plugs")]
    [InlineData("Part number 0123456 fits all models")]
    [InlineData("Rated @ 18V, 2000 rpm")]
    public void Sizes_decimals_and_part_numbers_are_not_contact_details(string bullet)
    {
        var card = Scored.Of(Good().WithBullet(0, bullet));

        Assert.False(card.Has(RuleIds.BulletsContact), card.Ids());
    }

    [Theory]
    [InlineData("Lifetime guarantee", "guarantee")]
    [InlineData("Risk-free purchase", "risk free")]
    [InlineData("Satisfaction GUARANTEED", "guaranteed")]
    public void Guarantee_claims_in_bullets_are_reported(string bullet, string evidence)
    {
        Assert.Equal($"bullet 1: {evidence}", Scored.Of(Good().WithBullet(0, bullet)).Single(RuleIds.BulletsGuarantee).Evidence);
    }

    [Theory]
    [InlineData("Weight: TBD", "TBD")]
    [InlineData("Colour: n/a", "N/A")]
    [InlineData("Dimensions TBC", "TBC")]
    public void Placeholders_are_reported(string bullet, string evidence)
    {
        Assert.Equal($"bullet 1: {evidence}", Scored.Of(Good().WithBullet(0, bullet)).Single(RuleIds.BulletsPlaceholder).Evidence);
    }

    [Theory]
    [InlineData("Line<br>line<BR/>line<br />line</br>", null)]
    [InlineData("Fits pipes <15 mm and > 10 mm", null)]
    [InlineData("<p>Intro</p><ul><li>Item</li></ul>", "<p>, <ul>, <li>")]
    [InlineData("<B>Bold</b> and <a href=\"x\">link</a>", "<b>, <a>")]
    public void Description_allows_only_br_tags(string description, string? evidence)
    {
        var card = Scored.Of(Good() with { Description = description });

        Assert.Equal(evidence, card.Findings.FirstOrDefault(f => f.RuleId == RuleIds.DescriptionHtml)?.Evidence);
    }

    [Fact]
    public void A_2001_character_description_fails_with_its_length()
    {
        Assert.Equal("2001 characters", Scored.Of(Good() with { Description = TextOfLength(2001) }).Single(RuleIds.DescriptionLength).Evidence);
    }
}
