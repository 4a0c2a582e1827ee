using System.Globalization;
using System.Text.RegularExpressions;

namespace SellerConsole.Costing.Pages;

/// <summary>
/// Reads numbers as a UK seller types them. In en-GB a comma only groups thousands, so "1,234.50" is
/// 1234.5; "4,29" is a European decimal comma that .NET would silently read as 429, so it is refused
/// with a message rather than guessed.
/// </summary>
public static partial class UkNumber
{
    public static bool TryParse(string? text, out decimal value, out string? error)
    {
        value = 0m;
        error = null;
        var trimmed = (text ?? "").Trim();
        if (trimmed.StartsWith('£'))
        {
            trimmed = trimmed[1..].TrimStart();
        }
        if (trimmed.Length == 0)
        {
            error = "Enter a number.";
            return false;
        }
        if (trimmed.Contains(',') && !GroupedThousands().IsMatch(trimmed))
        {
            var lastComma = trimmed.LastIndexOf(',');
            var suggestion = trimmed[..lastComma].Replace(",", "", StringComparison.Ordinal) + "." + trimmed[(lastComma + 1)..];
            error = $"Use a point for pence: {suggestion}";
            return false;
        }
        if (!decimal.TryParse(trimmed.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out value))
        {
            error = $"'{text?.Trim()}' is not a number.";
            return false;
        }
        return true;
    }

    /// <summary>The number, or a <see cref="CostingException"/> naming what was wrong (for the costing core's error path).</summary>
    public static decimal Parse(string? text, string what) =>
        TryParse(text, out var value, out var error) ? value : throw new CostingException($"{Capital(what)}: {error}");

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d*)?$")]
    private static partial Regex GroupedThousands();
}
