namespace SellerConsole.Automation;

public sealed class AutomationOptions
{
    public const string Section = "Automation";

    /// <summary>Waits before each webhook retry (so 3 attempts by default: now, after 2 s, after 10 s).</summary>
    public int[] WebhookRetryDelaysMs { get; set; } = [2_000, 10_000];
}
