namespace SellerConsole.Operations;

/// <summary>
/// <c>Metrics:*</c>: the Prometheus scrape endpoint. Off by default; when on it needs a token, because the
/// figures (sales-driven job volumes, marketplace call rates) are the seller's business.
/// </summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";
    public const int MinimumTokenLength = 16;

    /// <summary><c>Metrics:Enabled</c>: true serves <see cref="Path"/>; false answers it 404.</summary>
    public bool Enabled { get; set; }

    /// <summary><c>Metrics:Token</c>: what Prometheus sends as <c>Authorization: Bearer ...</c> (its <c>bearer_token</c>).</summary>
    public string Token { get; set; } = "";

    /// <summary>The scrape path, fixed so nginx rules and Prometheus jobs can rely on it.</summary>
    public const string Path = "/metrics";

    public IEnumerable<string> Problems()
    {
        if (Enabled && (Token ?? "").Trim().Length < MinimumTokenLength)
        {
            yield return $"Metrics:Token must be at least {MinimumTokenLength} characters when Metrics:Enabled is true (Prometheus sends it as a bearer token).";
        }
    }
}
