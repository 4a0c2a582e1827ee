using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Marketplace.Sandbox.Keepa;

/// <summary>A step of a simulated history in natural units (GBP, stars, rank, count); null = gap.</summary>
public sealed record KeepaHistoryPoint(DateTime Utc, decimal? Value);

/// <summary>A step of a simulated shipping history in GBP; null price = no offer.</summary>
public sealed record KeepaHistoryTriplet(DateTime Utc, decimal? Price, decimal? Shipping);

/// <summary>Buy Box holder from <see cref="Utc"/>: null seller = nobody qualified.</summary>
public sealed record KeepaBuyBoxChange(DateTime Utc, string? SellerId, bool UnknownSeller = false);

/// <summary>A simulated offer. <paramref name="Condition"/> uses Keepa's codes (1 = New).</summary>
public sealed record KeepaOfferHistory(
    int OfferId,
    string SellerId,
    int Condition,
    bool IsFba,
    bool IsAmazon,
    bool IsPrime,
    bool IsShippable,
    bool IsLive,
    DateTime LastSeen,
    IReadOnlyList<KeepaHistoryTriplet> Prices);

/// <summary>
/// What the Sandbox knows about one ASIN, from which it writes Keepa's wire JSON. This is the
/// encoder's own model: it shares nothing with the decoder's types except the series names.
/// </summary>
public sealed record KeepaProductHistory(string Asin)
{
    public string? Title { get; init; }

    public string? Brand { get; init; }

    public string? Manufacturer { get; init; }

    public int ProductType { get; init; }

    public long RootCategory { get; init; }

    public IReadOnlyList<long> Categories { get; init; } = [];

    public IReadOnlyList<string> Features { get; init; } = [];

    public string? ImagesCsv { get; init; }

    public DateTime? TrackingSince { get; init; }

    public DateTime? ListedSince { get; init; }

    public DateTime? LastUpdate { get; init; }

    public DateTime? LastPriceChange { get; init; }

    public DateTime? LastRatingUpdate { get; init; }

    /// <summary>Pair series (every kind except shipping), values in natural units.</summary>
    public IReadOnlyDictionary<KeepaSeries, IReadOnlyList<KeepaHistoryPoint>> Series { get; init; } =
        new Dictionary<KeepaSeries, IReadOnlyList<KeepaHistoryPoint>>();

    /// <summary>Shipping ("S") series.</summary>
    public IReadOnlyDictionary<KeepaSeries, IReadOnlyList<KeepaHistoryTriplet>> ShippingSeries { get; init; } =
        new Dictionary<KeepaSeries, IReadOnlyList<KeepaHistoryTriplet>>();

    /// <summary>Only sent when offers were requested.</summary>
    public IReadOnlyList<KeepaBuyBoxChange>? BuyBoxSellers { get; init; }

    /// <summary>Only sent when offers were requested.</summary>
    public IReadOnlyList<KeepaOfferHistory>? Offers { get; init; }
}

/// <summary>The token fields the Sandbox's bucket reports with a response.</summary>
public sealed record KeepaWireTokens(DateTime Timestamp, int TokensLeft, int RefillInMs, int RefillRate, int TokensConsumed);

/// <summary>The <c>stats=</c> request: statistics over the last <paramref name="Days"/> days as of <paramref name="Now"/>.</summary>
public sealed record KeepaStatsWindow(DateTime Now, int Days);
