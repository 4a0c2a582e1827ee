namespace SellerConsole.Marketplace.Keepa;

/// <summary>Settings of <see cref="KeepaClient"/>, bound from configuration ("Keepa" section).</summary>
public sealed class KeepaClientOptions
{
    public Uri BaseAddress { get; set; } = new("https://api.keepa.com/");

    /// <summary>Attempts per call when Keepa answers 5xx or times out (backoff between them).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How many 429 NOT_ENOUGH_TOKEN answers one call may wait out before giving up.</summary>
    public int MaxTokenWaits { get; set; } = 20;

    /// <summary>Per attempt; offers requests take 2-20 s at Keepa.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(90);

    public void Validate()
    {
        if (!BaseAddress.IsAbsoluteUri || !BaseAddress.AbsoluteUri.EndsWith('/'))
        {
            throw new ArgumentException($"Keepa BaseAddress must be absolute and end with '/': {BaseAddress}");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxTokenWaits, nameof(MaxTokenWaits));
        if (RequestTimeout <= TimeSpan.Zero && RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(RequestTimeout), RequestTimeout, "must be positive");
        }
    }
}

/// <summary>What to ask Keepa for in <c>GET /product</c> (domain is always 2, amazon.co.uk).</summary>
public sealed record KeepaProductOptions
{
    public static readonly KeepaProductOptions Default = new();

    /// <summary>stats=N (free): statistics over the last N days; null = no stats.</summary>
    public int? StatsDays { get; init; } = 90;

    /// <summary>offers=N (20-100): 6 tokens per page of ten offers found.</summary>
    public int? Offers { get; init; }

    /// <summary>Pages of offers expected per product, for the pre-flight cost estimate.</summary>
    public int ExpectedOfferPages { get; init; } = 1;

    /// <summary>buybox=1: +2 tokens per product (ignored by Keepa when offers is set).</summary>
    public bool BuyBox { get; init; }

    /// <summary>rating=1: up to 1 token per product.</summary>
    public bool Rating { get; init; }

    /// <summary>false sends history=0 (no csv histories).</summary>
    public bool History { get; init; } = true;

    /// <summary>days=N: limit histories to the last N days.</summary>
    public int? Days { get; init; }

    /// <summary>update=H: refresh only if Keepa's data is older than H hours (-1 = never).</summary>
    public int? UpdateHours { get; init; }

    public bool OnlyLiveOffers { get; init; }

    /// <summary>Tokens one product is expected to cost with these options.</summary>
    public int EstimatedCostPerProduct =>
        Offers is not null
            ? KeepaTokenPlanner.TokensPerOfferPage * Math.Max(1, ExpectedOfferPages)
            : 1 + (BuyBox ? 2 : 0) + (Rating ? 1 : 0);

    public void Validate()
    {
        if (Offers is { } offers && (offers < 20 || offers > 100))
        {
            throw new ArgumentOutOfRangeException(nameof(Offers), offers, "Keepa accepts offers=20..100");
        }
        if (StatsDays is <= 0 || Days is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(StatsDays), "stats and days must be positive");
        }
    }
}
