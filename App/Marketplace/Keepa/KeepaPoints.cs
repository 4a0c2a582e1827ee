namespace SellerConsole.Marketplace.Keepa;

/// <summary>One step of a history: the value holds from <see cref="Time"/> until the next point.
/// A null value is a gap (no offer, out of stock, no rank), never zero.</summary>
public readonly record struct KeepaPoint<T>(DateTime Time, T? Value) where T : struct
{
    public bool IsGap => Value is null;
}

/// <summary>A step of a shipping ("S") history. Price null = gap. Shipping null = Keepa did not know
/// it (or the offer was not shippable), in which case there is no landed price either.</summary>
public readonly record struct KeepaShippingPoint(DateTime Time, decimal? Price, decimal? Shipping)
{
    public bool IsGap => Price is null;

    /// <summary>What a buyer pays: price + shipping.</summary>
    public decimal? Landed => Price + Shipping;
}

/// <summary>An extreme (lowest or highest) value and when it was seen.</summary>
public readonly record struct KeepaExtreme(DateTime Time, decimal Value);

/// <summary>Who held the Buy Box from <see cref="Time"/>. Null seller = nobody qualified;
/// <see cref="UnknownSeller"/> = a seller Keepa could not identify.</summary>
public readonly record struct KeepaBuyBoxSellerPoint(DateTime Time, string? SellerId)
{
    public const string UnknownSeller = "unknown";

    public bool IsUnknownSeller => SellerId == UnknownSeller;
}
