using SellerConsole.Costing;
using SellerConsole.Costing.Pages;

namespace SellerConsole.Tests.Costing.Pages;

public sealed class UkNumberTests
{
    [Theory]
    [InlineData("4.29", 4.29)]
    [InlineData(" £4.29 ", 4.29)]
    [InlineData("1,234.50", 1234.50)]
    [InlineData("12,345", 12345)]
    [InlineData("-2", -2)]
    [InlineData("0.5", 0.5)]
    public void UK_numbers_read_with_a_comma_only_as_a_thousands_separator(string text, double expected)
    {
        Assert.True(UkNumber.TryParse(text, out var value, out var error), error);
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("4,29", "Use a point for pence: 4.29")]
    [InlineData("1,5", "Use a point for pence: 1.5")]
    [InlineData("1,234,5", "Use a point for pence: 1234.5")]
    public void A_decimal_comma_is_refused_with_the_point_it_should_have_been(string text, string message)
    {
        Assert.False(UkNumber.TryParse(text, out _, out var error));
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("1e3")]
    [InlineData("4.2.9")]
    public void Text_that_is_not_a_number_is_refused(string text) => Assert.False(UkNumber.TryParse(text, out _, out _));

    [Fact]
    public void Parse_names_the_field_in_its_error() =>
        Assert.Equal("The price: Use a point for pence: 4.29", Assert.Throws<CostingException>(() => UkNumber.Parse("4,29", "the price")).Message);
}
