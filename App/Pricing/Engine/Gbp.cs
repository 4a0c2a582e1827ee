using System.Globalization;

namespace SellerConsole.Pricing.Engine;

/// <summary>
/// Whole pence written as en-GB pounds ("£1,234.56", "-£0.05") straight into an interpolated string,
/// without the culture lookup and decimal formatting of <see cref="Shared.Money.Format"/>: every
/// decision writes a dozen amounts and the engine must make hundreds of thousands of them a second.
/// Same text as Money.FormatPence (tested).
/// </summary>
public readonly record struct Gbp(long Pence) : ISpanFormattable
{
    public override string ToString() => ToString(null, null);

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[32];
        return TryFormat(buffer, out var written, default, null) ? new string(buffer[..written]) : Pence.ToString(CultureInfo.InvariantCulture);
    }

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        var negative = Pence < 0;
        // Unsigned so long.MinValue has a magnitude too.
        var magnitude = negative ? (ulong)(-(Pence + 1)) + 1 : (ulong)Pence;
        var pounds = magnitude / 100;
        var pence = (int)(magnitude % 100);
        Span<char> digits = stackalloc char[20];
        var count = 0;
        do
        {
            digits[count++] = (char)('0' + (int)(pounds % 10));
            pounds /= 10;
        }
        while (pounds > 0);

        var needed = (negative ? 1 : 0) + 1 + count + (count - 1) / 3 + 3;
        if (destination.Length < needed)
        {
            return false;
        }
        var at = 0;
        if (negative)
        {
            destination[at++] = '-';
        }
        destination[at++] = '£';
        for (var i = count - 1; i >= 0; i--)
        {
            destination[at++] = digits[i];
            if (i > 0 && i % 3 == 0)
            {
                destination[at++] = ',';
            }
        }
        destination[at++] = '.';
        destination[at++] = (char)('0' + pence / 10);
        destination[at++] = (char)('0' + pence % 10);
        charsWritten = at;
        return true;
    }
}

/// <summary>A change of price as repricers state it: "1p", "99p", "£1.50". Formats in place like <see cref="Gbp"/>.</summary>
public readonly record struct StepText(long Pence) : ISpanFormattable
{
    public override string ToString() => ToString(null, null);

    public string ToString(string? format, IFormatProvider? formatProvider) => string.Create(CultureInfo.InvariantCulture, $"{this}");

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (Math.Abs(Pence) >= 100)
        {
            return new Gbp(Pence).TryFormat(destination, out charsWritten, format, provider);
        }
        if (Pence.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture) && charsWritten < destination.Length)
        {
            destination[charsWritten++] = 'p';
            return true;
        }
        charsWritten = 0;
        return false;
    }
}

/// <summary>A percentage as "5%", "2.5%", "0.25%". Formats in place like <see cref="Gbp"/>.</summary>
public readonly record struct PercentText(decimal Percent) : ISpanFormattable
{
    public override string ToString() => ToString(null, null);

    public string ToString(string? format, IFormatProvider? formatProvider) => string.Create(CultureInfo.InvariantCulture, $"{this}");

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (Percent.TryFormat(destination, out charsWritten, "0.##", CultureInfo.InvariantCulture) && charsWritten < destination.Length)
        {
            destination[charsWritten++] = '%';
            return true;
        }
        charsWritten = 0;
        return false;
    }
}

/// <summary>Short en-GB texts for amounts of change and percentages in explanations.</summary>
public static class PriceText
{
    /// <summary>"1p", "99p", "£1.50": how repricers state a beat or step.</summary>
    public static string Step(long pence) => new StepText(pence).ToString();

    /// <summary>"5%", "2.5%", "0.25%".</summary>
    public static string Percent(decimal percent) => new PercentText(percent).ToString();
}
