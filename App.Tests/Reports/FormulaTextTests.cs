using SellerConsole.Shared;

namespace SellerConsole.Tests.Reports;

public sealed class FormulaTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+44 1234")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Text_a_spreadsheet_could_run_gets_an_apostrophe_and_reads_back_unchanged(string text)
    {
        var safe = FormulaText.Neutralise(text);

        Assert.Equal("'" + text, safe);
        Assert.False(FormulaText.LooksLikeFormula(safe));
        Assert.Equal(text, FormulaText.Unescape(safe));
    }

    [Theory]
    [InlineData("Wood screws 4x40")]
    [InlineData("'quoted")]
    [InlineData("")]
    [InlineData(" =padded")]
    public void Ordinary_text_is_left_alone(string text)
    {
        Assert.Equal(text, FormulaText.Neutralise(text));
        Assert.Equal(text, FormulaText.Unescape(text));
    }

    [Fact]
    public void No_text_is_written_out_still_looking_like_a_formula()
    {
        var rng = new Random(7);
        const string alphabet = "=+-@\t\r'aZ1 \"";
        for (var i = 0; i < 5_000; i++)
        {
            var text = new string(Enumerable.Range(0, rng.Next(0, 6)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
            var safe = FormulaText.Neutralise(text);
            Assert.False(FormulaText.LooksLikeFormula(safe), text);
            Assert.Equal(text, FormulaText.Unescape(safe));
        }
    }
}
