using SellerConsole.Shared;

namespace SellerConsole.Costing.Pages;

/// <summary>
/// Validates money typed into the costing pages: UK number rules (<see cref="UkNumber"/>), whole pence,
/// never negative, and a ceiling that catches a slipped key (a £99,999,999,999 pack cost).
/// </summary>
public static class MoneyText
{
    /// <summary>The most any single cost, rate or price in these pages may be.</summary>
    public const decimal Limit = 100_000m;

    public static string LimitText(decimal limit = Limit) => Money.Format(limit);

    /// <summary>Null when <paramref name="text"/> is a valid amount, else the message to show beside the field.</summary>
    public static string? Problem(string? text, decimal limit = Limit) => TryParse(text, out _, out var error, limit) ? null : error;

    public static bool TryParse(string? text, out decimal value, out string? error, decimal limit = Limit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            (value, error) = (0m, "Enter an amount in pounds, e.g. 4.29.");
            return false;
        }
        if (!UkNumber.TryParse(text, out value, out error))
        {
            return false;
        }
        error = value switch
        {
            < 0m => "Cannot be negative.",
            _ when value > limit => $"At most {LimitText(limit)}.",
            _ when value != Money.Round(value) => "Use whole pence (at most 2 decimal places).",
            _ => null,
        };
        return error is null;
    }

    /// <summary>How an amount is shown back in a text field: plain, no £ or grouping, so it parses again.</summary>
    public static string Edit(decimal value) => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
