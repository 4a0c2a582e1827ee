using System.Globalization;
using System.Text;
using SellerConsole.Shared;

namespace SellerConsole.Digests;

/// <summary>The digest's plain-text part: the same content as the HTML, links written out in full.</summary>
public static class DigestText
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Render(DigestContent c, string baseUrl)
    {
        var text = new StringBuilder();
        text.AppendLine(c.Title).AppendLine(new string('=', c.Title.Length)).AppendLine();
        text.AppendLine($"Sales and profit, {c.Period.Label} (against {c.PreviousLabel}):");
        if (c.PartialNote is { } partial)
        {
            text.AppendLine($"  {partial}");
        }
        Figure(text, "Orders", c.Sales.Orders.ToString("N0", Uk), c.PreviousSales.Orders.ToString("N0", Uk), c.Change(c.Sales.Orders, c.PreviousSales.Orders));
        Figure(text, "Units", c.Sales.Units.ToString("N0", Uk), c.PreviousSales.Units.ToString("N0", Uk), c.Change(c.Sales.Units, c.PreviousSales.Units));
        Figure(text, "Revenue", Money.Format(c.Sales.Revenue), Money.Format(c.PreviousSales.Revenue), c.Change(c.Sales.Revenue, c.PreviousSales.Revenue));
        Figure(text, "Profit", Money.Format(c.Sales.Profit), Money.Format(c.PreviousSales.Profit), c.Change(c.Sales.Profit, c.PreviousSales.Profit));
        if (c.Sales.UncostedUnits > 0)
        {
            text.AppendLine($"  {c.Sales.UncostedUnits:N0} unit(s) have no cost yet and are left out of profit.");
        }
        text.AppendLine(c.BuyBox.Share is { } s
            ? $"Buy box: yours on {c.BuyBox.Won:N0} of {c.BuyBox.Checked:N0} active listings ({s.ToString("P0", Uk)})."
            : "Buy box: no offers have been read yet.");
        text.AppendLine($"Profit report: {baseUrl}/reports/profit?from={c.Period.From:yyyy-MM-dd}&to={c.Period.To:yyyy-MM-dd}");
        foreach (var section in c.Sections)
        {
            text.AppendLine().AppendLine($"{section.Title} ({section.Total:N0})");
            if (section.Total == 0)
            {
                text.AppendLine($"  {section.Empty}");
                continue;
            }
            foreach (var line in section.Lines)
            {
                text.AppendLine($"- {line.Text}{(line.Detail is { } d ? $" ({d})" : "")}").AppendLine($"  {baseUrl}{line.Path}");
            }
            text.AppendLine(section.More > 0 ? $"  and {section.More:N0} more: {baseUrl}{section.Path}" : $"  All: {baseUrl}{section.Path}");
        }
        text.AppendLine().AppendLine($"Digest settings: {baseUrl}/settings · Delivery log: {baseUrl}/digests");
        return text.ToString();
    }

    /// <summary>"+25%", "-10%", "new" (from nothing), "no change", or "-" when both are zero.</summary>
    public static string Change(decimal now, decimal before) =>
        before == 0m ? (now == 0m ? "-" : "new")
        : now == before ? "no change"
        : ((now - before) / Math.Abs(before)).ToString("+0%;-0%", Uk);

    private static void Figure(StringBuilder text, string label, string now, string before, string change) =>
        text.AppendLine($"  {label,-8} {now,12}   was {before,12}   {change}");
}
