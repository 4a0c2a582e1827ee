namespace SellerConsole.Marketplace;

/// <summary>Where the built-in Sandbox answers, relative to this app's own address, and its public demo credentials.</summary>
public static class SandboxRoutes
{
    public const string SpApi = "/sandbox/sp-api/";
    public const string LwaToken = "/sandbox/lwa/auth/o2/token";
    public const string Keepa = "/sandbox/keepa/";
    public const string DefaultClientId = "amzn1.application-oa2-client.sellerconsole-sandbox";
    public const string DefaultClientSecret = "sandbox-client-secret";
    public const string DefaultRefreshToken = "Atzr|sellerconsole-sandbox-refresh-token";
    public const string SellerId = "SANDBOX";
}
