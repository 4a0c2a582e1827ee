namespace SellerConsole.Digests;

/// <summary>
/// When a mail that failed is tried again: 1, 5, 15 and 60 minutes after each failure, then it is given up
/// (five attempts in about 81 minutes, long enough to ride out an SMTP provider's blip or a password fix).
/// </summary>
public static class DeliveryRules
{
    public static readonly IReadOnlyList<TimeSpan> BackOff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(60)];

    public static int MaxAttempts => BackOff.Count + 1;

    /// <summary>The next attempt after <paramref name="attempts"/> failed attempts, or null when the mail has failed for good.</summary>
    public static DateTime? NextAttempt(int attempts, DateTime failedUtc) =>
        attempts >= 1 && attempts <= BackOff.Count ? failedUtc + BackOff[attempts - 1] : null;
}
