using System.Text;
using SellerConsole.Scoring;
using SellerConsole.Scoring.Text;
using static SellerConsole.Tests.Scoring.ListingBuilder;

namespace SellerConsole.Tests.Scoring;

public sealed class SearchTermRuleTests
{
    [Fact]
    public void Multi_byte_terms_of_249_bytes_pass_and_251_fail()
    {
        var pass = new string('£', 124) + "a";            // 124 x 2 + 1 = 249 bytes
        var fail = new string('€', 83) + "ab";            // 83 x 3 + 2 = 251 bytes
        Assert.Equal(249, Encoding.UTF8.GetByteCount(pass));
        Assert.Equal(251, Encoding.UTF8.GetByteCount(fail));

        Assert.False(Scored.Of(Good() with { SearchTerms = pass }).Has(RuleIds.SearchTermsBytes));
        Assert.Equal("251 bytes (spaces and punctuation not counted)",
            Scored.Of(Good() with { SearchTerms = fail }).Single(RuleIds.SearchTermsBytes).Evidence);
    }

    [Fact]
    public void Exactly_250_bytes_fails_because_the_limit_is_strictly_under_250()
    {
        Assert.True(Scored.Of(Good() with { SearchTerms = new string('€', 83) + "a" }).Has(RuleIds.SearchTermsBytes));
    }

    [Fact]
    public void Spaces_and_punctuation_are_not_counted_as_domain_facts_document()
    {
        var words = string.Join(", ", Enumerable.Repeat("£€", 49));       // 49 x 5 = 245 counted bytes
        Assert.True(Encoding.UTF8.GetByteCount(words) > 250);

        Assert.Equal(245, TextMetrics.SearchTermBytes(words));
        Assert.False(Scored.Of(Good() with { SearchTerms = words }).Has(RuleIds.SearchTermsBytes));
    }

    [Theory]
    [InlineData("plain ascii words")]
    [InlineData("£€ä漢字🔩")]
    [InlineData("lone \uD800 surrogate and \uDC00 another")]
    public void Byte_counts_agree_with_Encoding_UTF8_once_spaces_and_punctuation_are_removed(string text)
    {
        var withoutSpaces = new string(text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray());

        Assert.Equal(Encoding.UTF8.GetByteCount(withoutSpaces), TextMetrics.SearchTermBytes(text));
    }

    [Theory]
    [InlineData("Black+Decker", "cordless black decker drill", "black decker")]
    [InlineData("Black+Decker", "blackdecker spare", "blackdecker")]
    [InlineData("Forgemaster", "FORGEMASTER spare", "forgemaster")]
    public void The_brand_is_found_as_words_or_run_together(string brand, string terms, string evidence)
    {
        var card = Scored.Of(Good() with { Brand = brand, SearchTerms = terms });

        Assert.Equal(evidence, card.Single(RuleIds.SearchTermsBrand).Evidence);
    }

    [Theory]
    [InlineData("b0abc12345", true)]
    [InlineData("B0ABC1234", false)]
    [InlineData("0123456789", true)]
    [InlineData("012345678x", true)]
    [InlineData("01234567a9", false)]
    [InlineData("screwdrive", false)]
    public void Asins_and_isbn_shaped_codes_are_recognised(string word, bool expected)
    {
        Assert.Equal(expected, Scored.Of(Good() with { SearchTerms = $"spare {word} kit" }).Has(RuleIds.SearchTermsAsin));
    }

    [Fact]
    public void Title_words_repeated_in_search_terms_are_listed_but_stop_words_are_not()
    {
        var card = Scored.Of(Good() with { SearchTerms = "and with cordless charger spanner" });

        Assert.Equal("cordless, charger", card.Single(RuleIds.SearchTermsTitleWords).Evidence);
    }

    [Theory]
    [InlineData("now on sale drill", "now, on sale")]
    [InlineData("best cheapest amazing", "best, cheapest, amazing")]
    [InlineData("NEW spanner", "new")]
    public void Temporary_and_subjective_words_are_reported(string terms, string evidence)
    {
        Assert.Equal(evidence, Scored.Of(Good() with { SearchTerms = terms }).Single(RuleIds.SearchTermsTemporarySubjective).Evidence);
    }

    [Fact]
    public void Newcastle_and_bestway_are_not_temporary_words()
    {
        Assert.False(Scored.Of(Good() with { SearchTerms = "newcastle bestway spanner" }).Has(RuleIds.SearchTermsTemporarySubjective));
    }
}
