using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>Catalog Items 2022-04-01: getCatalogItem and searchCatalogItems (identifiers or keywords).</summary>
internal static class CatalogEndpoints
{
    private const int MaxTerms = 20;

    public static void MapCatalogItems(this IEndpointRouteBuilder api)
    {
        api.MapGet("/catalog/2022-04-01/items/{asin}", (string asin, HttpRequest http) =>
        {
            if (Common(http, out var included) is { } invalid) return invalid;
            var world = http.HttpContext.World();
            return world.Catalog.ByAsin(asin) is { } entry
                ? SpApiResults.Json(CatalogJson.Item(entry, Rank(world, entry), included))
                : SpApiResults.Errors(404, "NOT_FOUND", $"Requested item '{asin}' not found in marketplace {SandboxMarketplace.Id}.");
        }).WithMetadata(new SpApiOperation("getCatalogItem"));

        api.MapGet("/catalog/2022-04-01/items", (HttpRequest http) =>
        {
            if (Common(http, out var included) is { } invalid) return invalid;
            var world = http.HttpContext.World();
            var identifiers = SpApiResults.List(http, "identifiers");
            var keywords = SpApiResults.List(http, "keywords");
            if (identifiers.Count > 0 == keywords.Count > 0) return SpApiResults.InvalidInput("Provide either identifiers or keywords, not both.");
            if (identifiers.Count > MaxTerms || keywords.Count > MaxTerms) return SpApiResults.InvalidInput($"At most {MaxTerms} identifiers or keywords.");
            if (!TryPageSize(http, out var pageSize)) return SpApiResults.InvalidInput("pageSize must be 1..20.");
            if (identifiers.Count > 0) return ByIdentifiers(http, world, identifiers, included);

            var brands = SpApiResults.List(http, "brandNames");
            var nodes = SpApiResults.List(http, "classificationIds");
            var matches = world.Catalog.Search(keywords)
                .Where(e => brands.Count == 0 || brands.Contains(e.Brand, StringComparer.OrdinalIgnoreCase))
                .Where(e => nodes.Count == 0 || nodes.Contains(CatalogClassifications.Node(e.Category).ToString()))
                // In a lazy (large) world ranking every match would simulate every matching ASIN's history.
                .Select(e => (Entry: e, Rank: e.Ours is not null && world.Simulation.LazyHistory ? null : Rank(world, e)))
                .OrderBy(m => m.Rank ?? int.MaxValue).ThenBy(m => m.Entry.Asin, StringComparer.Ordinal)
                .ToList();
            var query = string.Join(',', keywords) + "|" + string.Join(',', brands) + "|" + string.Join(',', nodes);
            if (!TryOffset(http.Query["pageToken"].ToString(), query, out var offset)) return SpApiResults.InvalidInput("Invalid pageToken.");
            var page = matches.Skip(offset).Take(pageSize).ToList();
            var pagination = new JsonObject();
            if (offset + pageSize < matches.Count) pagination["nextToken"] = Token(offset + pageSize, query);
            if (offset > 0) pagination["previousToken"] = Token(Math.Max(0, offset - pageSize), query);
            return SpApiResults.Json(new JsonObject
            {
                ["numberOfResults"] = matches.Count,
                ["pagination"] = pagination,
                ["refinements"] = Refinements(matches.Select(m => m.Entry).ToList()),
                ["items"] = new JsonArray([.. page.Select(m => (JsonNode)CatalogJson.Item(m.Entry, m.Rank ?? Rank(world, m.Entry), included))]),
            });
        }).WithMetadata(new SpApiOperation("searchCatalogItems"));
    }

    private static IResult ByIdentifiers(HttpRequest http, SandboxWorld world, List<string> identifiers, IReadOnlySet<string> included)
    {
        var type = http.Query["identifiersType"].ToString();
        if (type is not ("ASIN" or "EAN" or "GTIN" or "ISBN" or "JAN" or "MINSAN" or "SKU" or "UPC"))
            return SpApiResults.InvalidInput("identifiersType is required with identifiers (ASIN, EAN, GTIN, ISBN, JAN, MINSAN, SKU, UPC).");
        if (type == "SKU" && http.Query["sellerId"].ToString() != world.Simulation.OurSellerId)
            return SpApiResults.InvalidInput("sellerId is required (and must be yours) when identifiersType is SKU.");
        var found = identifiers.Select(id => world.Catalog.Find(type, id)).OfType<CatalogEntry>().DistinctBy(e => e.Asin).ToList();
        return SpApiResults.Json(new JsonObject
        {
            ["numberOfResults"] = found.Count,
            ["pagination"] = new JsonObject(),
            ["refinements"] = new JsonObject { ["brands"] = new JsonArray(), ["classifications"] = new JsonArray() },
            ["items"] = new JsonArray([.. found.Select(e => (JsonNode)CatalogJson.Item(e, Rank(world, e), included))]),
        });
    }

    private static IResult? Common(HttpRequest http, out IReadOnlySet<string> included)
    {
        var data = SpApiResults.List(http, "includedData");
        included = data.Count == 0 ? new HashSet<string> { "summaries" } : data.ToHashSet(StringComparer.Ordinal);
        var marketplaces = SpApiResults.List(http, "marketplaceIds");
        if (marketplaces.Count == 0) return SpApiResults.InvalidInput("Missing required parameter: marketplaceIds.");
        if (marketplaces.Any(m => m != SandboxMarketplace.Id)) return SpApiResults.InvalidInput($"The Sandbox serves marketplace {SandboxMarketplace.Id} only.");
        if (data.FirstOrDefault(d => !CatalogJson.IncludedData.Contains(d, StringComparer.Ordinal)) is { } bad)
            return SpApiResults.InvalidInput($"Invalid includedData value: {bad}.");
        return null;
    }

    private static int? Rank(SandboxWorld world, CatalogEntry e) =>
        e.Peer is { } p ? p.SalesRank : world.Simulation.GetListingByAsin(e.Asin)?.SalesRank;

    private static JsonObject Refinements(List<CatalogEntry> matches) => new()
    {
        ["brands"] = new JsonArray([.. matches.GroupBy(e => e.Brand).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (JsonNode)new JsonObject { ["numberOfResults"] = g.Count(), ["brandName"] = g.Key })]),
        ["classifications"] = new JsonArray([.. matches.GroupBy(e => e.Category).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (JsonNode)new JsonObject
            {
                ["numberOfResults"] = g.Count(), ["displayName"] = g.Key, ["classificationId"] = CatalogClassifications.Node(g.Key).ToString(),
            })]),
    };

    private static bool TryPageSize(HttpRequest http, out int size)
    {
        var raw = http.Query["pageSize"].ToString();
        size = 10;
        return raw.Length == 0 || int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= 20;
    }

    private static string Token(int offset, string query) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{offset}|{query}"));

    private static bool TryOffset(string token, string query, out int offset)
    {
        offset = 0;
        if (token.Length == 0) return true;
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split('|', 2);
            return parts.Length == 2 && parts[1] == query && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
