using SellerConsole.Costing.Pages;

namespace SellerConsole.Tests.Costing.Pages;

public sealed class MoneyTextTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("4.29", 4.29)]
    [InlineData("£100,000", 100000)]
    [InlineData("100000.00", 100000)]
    public void Amounts_from_nothing_to_the_limit_are_accepted(string text, double expected)
    {
        Assert.True(MoneyText.TryParse(text, out var value, out var error), error);
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("-0.01", "Cannot be negative.")]
    [InlineData("99999999999", "At most £100,000.00.")]
    [InlineData("100000.01", "At most £100,000.00.")]
    [InlineData("4,29", "Use a point for pence: 4.29")]
    [InlineData("4.295", "Use whole pence (at most 2 decimal places).")]
    [InlineData(" ", "Enter an amount in pounds, e.g. 4.29.")]
    public void Bad_amounts_are_refused_with_a_message_that_says_what_is_allowed(string text, string message) =>
        Assert.Equal(message, MoneyText.Problem(text));

    [Fact]
    public void A_lower_limit_is_named_in_its_message() => Assert.Equal("At most £1,000.00.", MoneyText.Problem("1000.01", 1_000m));
}
