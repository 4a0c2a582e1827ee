using SellerConsole.Marketplace.SpApi;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiSecretsTests
{
    private const string Catalog = "/catalog/2022-04-01/items/*";

    private static readonly string[] Secrets =
        [.. new[] { SpApiHarness.ClientId, SpApiHarness.ClientSecret, SpApiHarness.RefreshToken, "Atza|token-1" }
            .SelectMany(s => new[] { s, Uri.EscapeDataString(s) })];

    [Fact]
    public async Task Credentials_and_access_tokens_never_reach_exception_messages_or_logs()
    {
        using var h = new SpApiHarness(o => o.MaxRetries = 1);
        var errors = new List<SpApiException>();
        Task<SellerConsole.Marketplace.SpApi.Models.CatalogItem?> Call() => h.Drive(h.Client.GetCatalogItemAsync("B0CX23V2ZK"), TimeSpan.FromMilliseconds(250));

        h.Handler.Once(HttpMethod.Post, SpApiHarness.LwaPath, _ => StubSpApiHandler.Json(401,
            $$"""{"error":"invalid_client","error_description":"Client authentication failed: {{SpApiHarness.ClientId}} / {{SpApiHarness.ClientSecret}}"}"""));
        errors.Add(await Assert.ThrowsAsync<SpApiException>(Call));

        h.Handler.Times(2, HttpMethod.Get, Catalog, r => StubSpApiHandler.Error(500, "InternalFailure", $"echo {r.AccessToken}", SpApiHarness.ClientSecret));
        errors.Add(await Assert.ThrowsAsync<SpApiException>(Call));

        h.Handler.Once(HttpMethod.Get, Catalog, _ => StubSpApiHandler.Error(400, "InvalidInput", Uri.EscapeDataString(SpApiHarness.RefreshToken)));
        errors.Add(await Assert.ThrowsAsync<SpApiException>(Call));

        h.Handler.Times(2, HttpMethod.Get, Catalog, _ => throw new HttpRequestException($"proxy refused {SpApiHarness.ClientSecret}"));
        errors.Add(await Assert.ThrowsAsync<SpApiException>(Call));

        Assert.Equal(["lwaToken", "getCatalogItem", "getCatalogItem", "getCatalogItem"], errors.Select(e => e.Operation));
        Assert.Contains("***", errors[1].Message);
        var texts = errors.Select(e => e.ToString() + e.ErrorMessage + e.ErrorCode).Append(h.Log.AllText)
            .Append(SpApiHarness.Credentials.ToString()).ToList();
        Assert.NotEmpty(h.Log.Entries);
        foreach (var secret in Secrets)
        {
            Assert.All(texts, text => Assert.DoesNotContain(secret, text));
        }
        Assert.DoesNotContain("X-Amz", h.Log.AllText);
    }

    [Fact]
    public async Task Logs_name_operations_and_statuses_but_never_urls_or_query_strings()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Get, SpApiHarness.ListingPath("SECRET-SKU-QUERY"), _ => StubSpApiHandler.Json(200, new ListingJsonBuilder("SECRET-SKU-QUERY").Json()));

        await h.Client.GetListingAsync("SECRET-SKU-QUERY");

        Assert.Contains(h.Log.Entries, e => e.Contains("getListingsItem answered 200"));
        Assert.DoesNotContain("SECRET-SKU-QUERY", h.Log.AllText);
        Assert.DoesNotContain("marketplaceIds", h.Log.AllText);
        Assert.DoesNotContain("sandbox.test", h.Log.AllText);
    }
}
