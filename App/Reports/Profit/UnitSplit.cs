namespace SellerConsole.Reports.Profit;

/// <summary>
/// Splits an order line's totals into per-unit prices that add back to the line exactly: 3 units for
/// 1000p are 334p + 333p + 333p. The costing calculator quotes one unit, so each distinct unit price
/// (at most four per line) is quoted once and counted as many times as it occurs.
/// </summary>
public static class UnitSplit
{
    public readonly record struct UnitPrice(long ItemPence, long ShippingPence, int Count);

    public static IReadOnlyList<UnitPrice> Split(int quantity, long itemPence, long shippingPence)
    {
        if (quantity <= 0)
        {
            return [];
        }
        var itemBase = Math.DivRem(itemPence, quantity, out var itemExtra);
        var shipBase = Math.DivRem(shippingPence, quantity, out var shipExtra);
        // Unit i pays one extra penny of item while i < itemExtra, and of shipping while i < shipExtra.
        var cuts = new SortedSet<long> { 0, itemExtra, shipExtra, quantity };
        var result = new List<UnitPrice>(4);
        long? previous = null;
        foreach (var cut in cuts)
        {
            if (previous is { } start && cut > start)
            {
                result.Add(new UnitPrice(
                    itemBase + (start < itemExtra ? 1 : 0),
                    shipBase + (start < shipExtra ? 1 : 0),
                    (int)(cut - start)));
            }
            previous = cut;
        }
        return result;
    }
}
