namespace SellerConsole.Pricing;

/// <summary><c>Pricing:*</c>: how prices are pushed to Amazon and checked afterwards.</summary>
public sealed class PricingOptions
{
    public const string Section = "Pricing";

    /// <summary>First read-back of a price Amazon accepted (Amazon usually applies within minutes).</summary>
    public TimeSpan VerifyAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Read-backs repeat this often until the price shows or <see cref="GiveUpAfter"/>.</summary>
    public TimeSpan VerifyEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An accepted price not showing after this long was dropped: retried once, then alerted.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Most prices sent per run of the push job (patchListingsItem allows 5 a second).</summary>
    public int MaxSendsPerRun { get; set; } = 200;

    /// <summary>Longest wait between retries of a transient failure (outage, throttling, open circuit).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    internal IEnumerable<string> Problems()
    {
        if (VerifyAfter < TimeSpan.Zero || VerifyAfter > TimeSpan.FromHours(1)) yield return "Pricing:VerifyAfter must be 0 to 1 hour";
        if (VerifyEvery <= TimeSpan.Zero || VerifyEvery > TimeSpan.FromHours(1)) yield return "Pricing:VerifyEvery must be above 0, at most 1 hour";
        if (GiveUpAfter <= VerifyAfter || GiveUpAfter > TimeSpan.FromDays(1)) yield return "Pricing:GiveUpAfter must be after VerifyAfter, at most 1 day";
        if (MaxSendsPerRun is < 1 or > 10_000) yield return "Pricing:MaxSendsPerRun must be 1..10000";
        if (MaxBackoff < TimeSpan.FromSeconds(1) || MaxBackoff > TimeSpan.FromHours(6)) yield return "Pricing:MaxBackoff must be 1 s to 6 hours";
    }
}
