namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// <c>Sandbox:*</c>: the simulated world and the credentials the Sandbox's own LWA and Keepa accept.
/// The defaults are public on purpose: the Sandbox serves simulated data only.
/// </summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";
    public const string DefaultClientId = "amzn1.application-oa2-client.sellerconsole-sandbox";
    public const string DefaultClientSecret = "sandbox-client-secret";
    public const string DefaultRefreshToken = "Atzr|sellerconsole-sandbox-refresh-token";
    public const string DefaultKeepaKey = "sellerconsole-sandbox-keepa-key";

    public int Seed { get; set; } = 20261122;

    /// <summary>Our catalogue size (1..100,000); above 1,000 histories are simulated on first access.</summary>
    public int Listings { get; set; } = 150;

    public string ClientId { get; set; } = DefaultClientId;

    public string ClientSecret { get; set; } = DefaultClientSecret;

    public string RefreshToken { get; set; } = DefaultRefreshToken;

    public string KeepaKey { get; set; } = DefaultKeepaKey;

    /// <summary>Keepa tokens added per minute; the bucket holds an hour's worth (unused tokens expire after 1 h).</summary>
    public int KeepaRefillPerMinute { get; set; } = 20;

    /// <summary>How long an accepted price or quantity patch takes to show (app time).</summary>
    public TimeSpan PriceApplyDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Fraction of patches answered ACCEPTED but never applied, as Amazon sometimes does.</summary>
    public double SilentDropRate { get; set; } = 0.02;

    /// <summary>Multiplies every usage-plan rate (bursts stay): 60 = a minute of quota per second.</summary>
    public double TimeCompression { get; set; } = 1.0;

    public SandboxFaultOptions Faults { get; set; } = new();

    internal IEnumerable<string> Problems()
    {
        if (Listings is < 1 or > 100_000) yield return "Sandbox:Listings must be 1..100000";
        if (string.IsNullOrWhiteSpace(ClientId) || string.IsNullOrWhiteSpace(ClientSecret) || string.IsNullOrWhiteSpace(RefreshToken))
            yield return "Sandbox:ClientId, Sandbox:ClientSecret and Sandbox:RefreshToken must not be empty";
        if (string.IsNullOrWhiteSpace(KeepaKey)) yield return "Sandbox:KeepaKey must not be empty";
        if (KeepaRefillPerMinute is < 1 or > 100_000) yield return "Sandbox:KeepaRefillPerMinute must be 1..100000";
        if (PriceApplyDelay < TimeSpan.Zero || PriceApplyDelay > TimeSpan.FromDays(1)) yield return "Sandbox:PriceApplyDelay must be 0 to 1 day";
        if (SilentDropRate is < 0 or > 1 || double.IsNaN(SilentDropRate)) yield return "Sandbox:SilentDropRate must be 0..1";
        if (TimeCompression is <= 0 or > 1_000_000 || double.IsNaN(TimeCompression)) yield return "Sandbox:TimeCompression must be above 0 (at most 1000000)";
        foreach (var problem in Faults.Problems()) yield return problem;
    }
}

/// <summary><c>Sandbox:Faults:*</c>: the faults active at start-up (the Sandbox page changes them at run time).</summary>
public sealed class SandboxFaultOptions
{
    /// <summary>Seeds the error-rate draws, so a run of requests fails the same way every time.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Fraction of calls answered 500 (0..1).</summary>
    public double ErrorRate { get; set; }

    /// <summary>SP-API operations (e.g. getListingsItem) the error rate applies to; empty: every call.</summary>
    public List<string> ErrorOperations { get; set; } = [];

    /// <summary>Wall-clock delay added to every call (a demo effect; tests on a manual clock are not held up by app time).</summary>
    public int LatencyMs { get; set; }

    /// <summary>Every call between these app times is answered 503.</summary>
    public DateTime? OutageStartUtc { get; set; }

    public DateTime? OutageEndUtc { get; set; }

    /// <summary>Operation name (e.g. getItemOffers) -> app time until which every call to it is answered 429.</summary>
    public Dictionary<string, DateTime> StormsUntilUtc { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    internal IEnumerable<string> Problems()
    {
        if (ErrorRate is < 0 or > 1 || double.IsNaN(ErrorRate)) yield return "Sandbox:Faults:ErrorRate must be 0..1";
        if (LatencyMs is < 0 or > 120_000) yield return "Sandbox:Faults:LatencyMs must be 0..120000";
        if (OutageStartUtc.HasValue != OutageEndUtc.HasValue) yield return "Sandbox:Faults:OutageStartUtc and OutageEndUtc go together";
        if (OutageStartUtc > OutageEndUtc) yield return "Sandbox:Faults:OutageStartUtc must not be after OutageEndUtc";
        foreach (var op in ErrorOperations.Where(k => UsagePlans.Find(k) is null))
            yield return $"Sandbox:Faults:ErrorOperations has {op}, not a Sandbox SP-API operation";
        foreach (var op in StormsUntilUtc.Keys.Where(k => UsagePlans.Find(k) is null))
            yield return $"Sandbox:Faults:StormsUntilUtc:{op} is not a Sandbox SP-API operation";
    }
}
