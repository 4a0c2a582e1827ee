using System.Globalization;
using SellerConsole.Shared;

namespace SellerConsole.Reports.Export;

/// <summary>How the page writes a report value: £ to the penny, counts with separators, one-decimal percentages, UK dates.</summary>
public static class ReportText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(object? value, ReportColumnKind kind) => value switch
    {
        null => "—",
        DateOnly day => day.ToString("d MMM yyyy", EnGb),
        decimal d when kind == ReportColumnKind.Money => Money.Format(d),
        decimal d when kind == ReportColumnKind.Percent => d.ToString("P1", EnGb),
        decimal d when kind == ReportColumnKind.Number => d.ToString("N1", EnGb),
        int i => i.ToString("N0", EnGb),
        decimal d when kind == ReportColumnKind.Count => d.ToString("N0", EnGb),
        IFormattable f => f.ToString(null, EnGb),
        _ => value.ToString() ?? "",
    };
}
