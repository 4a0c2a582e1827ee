namespace SellerConsole.Marketplace.Sandbox.Keepa;

/// <summary>
/// The offer-derived facts Keepa reports when offers are requested (live order, counts, lowest
/// sellers, Buy Box), computed from the simulated offers and the Buy Box history.
/// </summary>
internal sealed class KeepaOfferSummary
{
    private const int BuyBoxIndex = 18;

    public KeepaOfferSummary(KeepaProductHistory product, int[]?[] csv)
    {
        var offers = product.Offers ?? [];
        var live = Enumerable.Range(0, offers.Count).Where(i => offers[i].IsLive).ToList();
        LiveOrder = [.. live.OrderBy(i => Landed(offers[i]) ?? int.MaxValue).ThenBy(i => i)];
        Retrieved = offers.Count;
        CountFba = live.Count(i => offers[i].IsFba);
        CountFbm = live.Count - CountFba;
        LowestFba = Lowest(live.Where(i => offers[i].IsFba).Select(i => offers[i]));
        LowestFbm = Lowest(live.Where(i => !offers[i].IsFba).Select(i => offers[i]));

        var buyBox = csv[BuyBoxIndex];
        var hasBuyBox = buyBox is { Length: >= 3 } && buyBox[^2] >= 0;
        BuyBoxPrice = hasBuyBox ? buyBox![^2] : -2;
        BuyBoxShipping = hasBuyBox ? Math.Max(buyBox![^1], 0) : -2;

        var holder = product.BuyBoxSellers is { Count: > 0 } sellers ? sellers[^1] : null;
        BuyBoxSellerId = holder switch
        {
            null => null,
            { UnknownSeller: true } => "-2",
            { SellerId: null } => "-1",
            { SellerId: var id } => id,
        };
        IsUnqualified = holder is null ? null : holder is { SellerId: null, UnknownSeller: false };
        var holderOffer = holder?.SellerId is { } seller
            ? live.Select(i => offers[i]).FirstOrDefault(o => o.SellerId == seller && o.Condition == 1)
            : null;
        BuyBoxIsFba = holderOffer?.IsFba;
        BuyBoxIsAmazon = holderOffer?.IsAmazon;
    }

    public int[] LiveOrder { get; }

    public int Retrieved { get; }

    public int CountFba { get; }

    public int CountFbm { get; }

    public string[] LowestFba { get; }

    public string[] LowestFbm { get; }

    public int BuyBoxPrice { get; }

    public int BuyBoxShipping { get; }

    public string? BuyBoxSellerId { get; }

    public bool? IsUnqualified { get; }

    public bool? BuyBoxIsFba { get; }

    public bool? BuyBoxIsAmazon { get; }

    /// <summary>Current landed price in pence, or null when the offer's last step has no price.</summary>
    private static int? Landed(KeepaOfferHistory offer)
    {
        var wire = KeepaWireFormat.Triplets(offer.Prices);
        return wire.Length >= 3 && wire[^2] >= 0 ? wire[^2] + Math.Max(wire[^1], 0) : null;
    }

    private static string[] Lowest(IEnumerable<KeepaOfferHistory> offers)
    {
        var priced = offers.Select(o => (o.SellerId, Landed: Landed(o))).Where(o => o.Landed is not null).ToList();
        if (priced.Count == 0)
        {
            return [];
        }
        var lowest = priced.Min(o => o.Landed);
        return [.. priced.Where(o => o.Landed == lowest).Select(o => o.SellerId).Distinct()];
    }
}
