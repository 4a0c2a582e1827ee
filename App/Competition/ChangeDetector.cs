using System.Globalization;
using SellerConsole.Shared;

namespace SellerConsole.Competition;

/// <summary>
/// Compares two observations of one ASIN and names what changed. Pure: the same pair always gives the
/// same changes with the same dedup keys (kind, ASIN, subject and the time of the earlier observation),
/// so evaluating a transition twice can never alert twice. Without an earlier observation there is no
/// baseline and nothing is reported.
/// </summary>
public static class ChangeDetector
{
    public static IReadOnlyList<DetectedChange> Detect(MarketSnapshot? before, MarketSnapshot after, ChangeThresholds thresholds, long? floorPence)
    {
        if (before is null)
        {
            return [];
        }
        var changes = new List<DetectedChange>();
        void Add(ChangeKind kind, string? seller, string title, params (string Name, object? Value)[] evidence)
        {
            var subject = seller ?? "-";
            changes.Add(new DetectedChange(kind, after.Asin, after.Sku, seller, after.ObservedUtc, title,
                evidence.Where(e => e.Value is not null).ToDictionary(e => e.Name, e => Format(e.Value!)),
                $"competitor:{kind}:{after.Asin}:{subject}:{before.ObservedUtc:yyyyMMddHHmmss}"));
        }

        if (before.Offers is not null && after.Offers is not null)
        {
            var previous = before.Competitors.GroupBy(o => o.SellerId).ToDictionary(g => g.Key, g => g.Min(o => o.LandedPence));
            var current = after.Competitors.GroupBy(o => o.SellerId).ToDictionary(g => g.Key, g => g.First());
            foreach (var (seller, offer) in current.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                var was = previous.TryGetValue(seller, out var p) ? p : (long?)null;
                if (was is null)
                {
                    if (offer.IsAmazon)
                        Add(ChangeKind.AmazonJoined, seller, $"Amazon joined {after.Asin} at {Pence(offer.LandedPence)}", ("seller", seller), ("landed", Pence(offer.LandedPence)));
                    else
                        Add(ChangeKind.NewSeller, seller, $"New seller {seller} on {after.Asin} at {Pence(offer.LandedPence)}",
                            ("seller", seller), ("landed", Pence(offer.LandedPence)), ("fba", offer.IsFba), ("offers before", previous.Count), ("offers now", current.Count));
                }
                if (after.OurPricePence is { } ours && offer.LandedPence <= ours - thresholds.UndercutMinPence
                    && !(was is { } w && before.OurPricePence is { } oursBefore && w <= oursBefore - thresholds.UndercutMinPence))
                {
                    Add(ChangeKind.CompetitorBelowUs, seller, $"{seller} is {Pence(ours - offer.LandedPence)} below us on {after.Asin}",
                        ("seller", seller), ("their landed", Pence(offer.LandedPence)), ("our price", Pence(ours)), ("their previous", was is { } v ? Pence(v) : "not listed"));
                }
                if (floorPence is { } floor && offer.LandedPence < floor && !(was is { } w2 && w2 < floor))
                {
                    Add(ChangeKind.CompetitorBelowFloor, seller, $"{seller} is below our break-even on {after.Asin} ({Pence(offer.LandedPence)} < {Pence(floor)})",
                        ("seller", seller), ("their landed", Pence(offer.LandedPence)), ("our floor", Pence(floor)));
                }
            }
            foreach (var (seller, landed) in previous.Where(p => !current.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Add(ChangeKind.CompetitorOutOfStock, seller, $"{seller} left {after.Asin} (out of stock)",
                    ("seller", seller), ("last landed", Pence(landed)), ("last seen", before.ObservedUtc));
            }
        }

        if (before.BuyBoxOurs == true && after.BuyBoxOurs != true)
        {
            Add(ChangeKind.BuyBoxLost, after.BuyBoxSellerId, $"Buy box lost on {after.Asin}" + (after.BuyBoxSellerId is { } s ? $" to {s}" : ""),
                ("winner", after.BuyBoxSellerId ?? "nobody"), ("buy box", after.BuyBoxPence is { } bb ? Pence(bb) : null), ("our price", after.OurPricePence is { } op ? Pence(op) : null));
        }
        else if (before.BuyBoxOurs != true && after.BuyBoxOurs == true)
        {
            Add(ChangeKind.BuyBoxWon, null, $"Buy box won on {after.Asin}",
                ("previous winner", before.BuyBoxSellerId ?? "nobody"), ("buy box", after.BuyBoxPence is { } bb ? Pence(bb) : null));
        }

        if (before.SalesRank is { } r0 and > 0 && after.SalesRank is { } r1 and > 0
            && Math.Min(r0, r1) <= thresholds.RankJumpMaxRank
            && Math.Abs(r1 - r0) * 100L >= (long)thresholds.RankJumpPercent * r0)
        {
            var direction = r1 < r0 ? "improved" : "fell";
            Add(ChangeKind.SalesRankJump, null, $"Sales rank {direction} on {after.Asin}: {r0:N0} → {r1:N0}",
                ("rank before", r0), ("rank now", r1), ("change %", Math.Round((r1 - r0) * 100m / r0, 1)));
        }
        return changes;
    }

    private static string Pence(long pence) => Money.FormatPence(pence);

    private static string Format(object value) => value switch
    {
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
