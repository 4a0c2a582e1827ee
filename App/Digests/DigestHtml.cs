using System.Globalization;
using System.Text;
using SellerConsole.Shared;

namespace SellerConsole.Digests;

/// <summary>An inline image the HTML shows (as <c>cid:</c>); its bytes travel as a <see cref="MailAttachment"/> with the same content id.</summary>
public sealed record DigestImage(string ContentId, string Alt, string Caption);

/// <summary>
/// The digest as an HTML email: tables for layout and inline styles only (Outlook, Gmail and Apple Mail drop
/// &lt;style&gt; blocks and ignore flex/grid), no scripts, fixed light colours because mail clients have no theme.
/// </summary>
public static class DigestHtml
{
    private const string Font = "font-family:Arial,Helvetica,sans-serif;";
    private const string Muted = "color:#5f6b7a;";
    private const string LinkStyle = "color:#1565c0;text-decoration:underline;";

    public static string Render(DigestContent c, string baseUrl, IReadOnlyList<DigestImage> images)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>").Append(E(c.Title)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:0;background:#f3f5f8;").Append(Font).Append("\">")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f3f5f8;\"><tr><td align=\"center\" style=\"padding:16px 8px;\">")
            .Append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:100%;max-width:600px;background:#ffffff;border:1px solid #dde3ea;\">")
            .Append("<tr><td style=\"padding:20px 24px;background:#1e3a5f;color:#ffffff;").Append(Font).Append("\">")
            .Append("<div style=\"font-size:12px;letter-spacing:1px;text-transform:uppercase;\">SellerConsole</div>")
            .Append("<div style=\"font-size:20px;font-weight:bold;margin-top:4px;\">").Append(E(c.Title)).Append("</div></td></tr>");

        Row(html, SalesBlock(c, baseUrl));
        foreach (var image in images)
        {
            Row(html, $"<img src=\"cid:{E(image.ContentId)}\" alt=\"{E(image.Alt)}\" width=\"552\" style=\"display:block;width:100%;max-width:552px;height:auto;border:0;\">" +
                $"<div style=\"font-size:12px;{Muted}margin-top:4px;\">{E(image.Caption)}</div>");
        }
        foreach (var section in c.Sections)
        {
            Row(html, SectionBlock(section, baseUrl));
        }
        Row(html, $"<div style=\"font-size:12px;{Muted}\">Sent by SellerConsole. <a href=\"{E(baseUrl)}/settings\" style=\"{LinkStyle}\">Change digest settings</a> · " +
            $"<a href=\"{E(baseUrl)}/digests\" style=\"{LinkStyle}\">Delivery log</a></div>");
        return html.Append("</table></td></tr></table></body></html>").ToString();
    }

    private static string SalesBlock(DigestContent c, string baseUrl)
    {
        var (now, before) = (c.Sales, c.PreviousSales);
        var report = $"{baseUrl}/reports/profit?from={c.Period.From:yyyy-MM-dd}&to={c.Period.To:yyyy-MM-dd}";
        var cells = new StringBuilder();
        cells.Append($"<tr><th align=\"left\" style=\"{Cell}\"></th><th align=\"right\" style=\"{Cell}\">{E(c.Period.Label)}</th>")
            .Append($"<th align=\"right\" style=\"{Cell}{Muted}\">{E(c.Previous.Label)}</th><th align=\"right\" style=\"{Cell}\">Change</th></tr>");
        Figure(cells, "Orders", now.Orders.ToString("N0", Uk), before.Orders.ToString("N0", Uk), c.Change(now.Orders, before.Orders));
        Figure(cells, "Units", now.Units.ToString("N0", Uk), before.Units.ToString("N0", Uk), c.Change(now.Units, before.Units));
        Figure(cells, "Revenue", Money.Format(now.Revenue), Money.Format(before.Revenue), c.Change(now.Revenue, before.Revenue));
        Figure(cells, "Profit", Money.Format(now.Profit), Money.Format(before.Profit), c.Change(now.Profit, before.Profit));
        var uncosted = now.UncostedUnits > 0
            ? $"<div style=\"font-size:12px;{Muted}margin-top:6px;\">{now.UncostedUnits:N0} unit(s) have no cost yet and are left out of profit.</div>" : "";
        var share = c.BuyBox.Share is { } s
            ? $"Buy box: yours on {c.BuyBox.Won:N0} of {c.BuyBox.Checked:N0} active listings ({s.ToString("P0", Uk)})."
            : "Buy box: no offers have been read yet.";
        var partial = c.PartialNote is { } note ? $"<div style=\"font-size:13px;margin-bottom:8px;\">{E(note)}</div>" : "";
        return $"<div style=\"font-size:16px;font-weight:bold;margin-bottom:8px;\">Sales and profit</div>{partial}" +
            $"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;font-size:14px;\">{cells}</table>{uncosted}" +
            $"<div style=\"font-size:14px;margin-top:10px;\">{E(share)}</div>" +
            $"<div style=\"margin-top:8px;font-size:14px;\"><a href=\"{E(report)}\" style=\"{LinkStyle}\">Open the profit report</a></div>";
    }

    private const string Cell = "padding:6px 4px;border-bottom:1px solid #e6eaef;";

    private static void Figure(StringBuilder cells, string label, string now, string before, string change) =>
        cells.Append($"<tr><td style=\"{Cell}\">{E(label)}</td><td align=\"right\" style=\"{Cell}font-weight:bold;\">{E(now)}</td>")
            .Append($"<td align=\"right\" style=\"{Cell}{Muted}\">{E(before)}</td><td align=\"right\" style=\"{Cell}\">{E(change)}</td></tr>");

    private static string SectionBlock(DigestSection section, string baseUrl)
    {
        var html = new StringBuilder();
        html.Append($"<div style=\"font-size:16px;font-weight:bold;margin-bottom:6px;\">{E(section.Title)} " +
            $"<span style=\"font-weight:normal;{Muted}\">({section.Total:N0})</span></div>");
        if (section.Total == 0)
        {
            return html.Append($"<div style=\"font-size:14px;{Muted}\">{E(section.Empty)}</div>").ToString();
        }
        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;font-size:14px;\">");
        foreach (var line in section.Lines)
        {
            html.Append($"<tr><td style=\"{Cell}\"><a href=\"{E(baseUrl + line.Path)}\" style=\"{LinkStyle}\">{E(line.Text)}</a>");
            if (line.Detail is { } detail)
            {
                html.Append($"<div style=\"font-size:12px;{Muted}\">{E(detail)}</div>");
            }
            html.Append("</td></tr>");
        }
        html.Append("</table>");
        var more = section.More > 0 ? $"and {section.More:N0} more: open in the console" : "Open in the console";
        return html.Append($"<div style=\"margin-top:6px;font-size:13px;\"><a href=\"{E(baseUrl + section.Path)}\" style=\"{LinkStyle}\">{E(more)}</a></div>").ToString();
    }

    private static void Row(StringBuilder html, string inner) =>
        html.Append("<tr><td style=\"padding:16px 24px;border-top:1px solid #eef1f5;color:#222222;").Append(Font).Append("\">").Append(inner).Append("</td></tr>");

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    private static string E(string text) => Encode(text);

    /// <summary>Escapes markup only: WebUtility would also turn £ into &amp;#163;, which reads badly in a text search of the mail.</summary>
    public static string Encode(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
