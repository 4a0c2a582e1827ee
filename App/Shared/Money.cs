using System.Globalization;

namespace SellerConsole.Shared;

/// <summary>
/// Money is GBP as <see cref="decimal"/> in code and whole pence (<see cref="long"/>) in the database.
/// Rounding is stated once, here: to the penny, half away from zero (never banker's rounding).
/// </summary>
public static class Money
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static long ToPence(decimal amount) => (long)Math.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);

    public static decimal FromPence(long pence) => pence / 100m;

    public static string Format(decimal amount) => Round(amount).ToString("C2", UkCulture);

    public static string FormatPence(long pence) => Format(FromPence(pence));
}
