namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Where the Sandbox answers: the real clients use the app's own base URL plus these prefixes, with
/// Amazon's and Keepa's exact paths after them (e.g. <c>/sandbox/sp-api/orders/2026-01-01/orders</c>).
/// </summary>
public static class SandboxPaths
{
    public const string Root = "/sandbox";

    /// <summary>Login with Amazon: POST {Lwa}/auth/o2/token.</summary>
    public const string Lwa = Root + "/lwa";

    /// <summary>The SP-API host, e.g. GET {SpApi}/listings/2021-08-01/items/{sellerId}/{sku}.</summary>
    public const string SpApi = Root + "/sp-api";

    /// <summary>The Keepa API host: GET {Keepa}/product, GET {Keepa}/token.</summary>
    public const string Keepa = Root + "/keepa";

    /// <summary>Report documents (the S3 bucket stand-in): pre-signed URLs from getReportDocument.</summary>
    public const string Documents = Root + "/documents";
}
