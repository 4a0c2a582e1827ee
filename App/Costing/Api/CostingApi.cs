using Microsoft.EntityFrameworkCore;
using SellerConsole.Costing.Data;
using SellerConsole.Costing.Import;
using SellerConsole.Costing.Quoting;
using SellerConsole.Data;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Costing.Api;

/// <summary>/api/v1/costing (quotes, imports, exports, templates) and /api/v1/skus/{sku}/costs.</summary>
public static class CostingApi
{
    public static void MapCostingApi(this RouteGroupBuilder api)
    {
        var costing = api.MapGroup("/costing").WithTags("Costing");

        costing.MapPost("/quote", async (QuoteRequest request, CostingStore store, IDbContextFactory<SellerDb> dbs, TimeProvider clock, CancellationToken ct) =>
        {
            var snapshot = await store.SnapshotAsync(ct);
            SkuCostDefinition? sku;
            try
            {
                sku = request.Definition?.ToDefinition(request.Sku ?? "inline")
                    ?? (request.Sku is { } code ? snapshot.Skus.GetValueOrDefault(code) : null);
            }
            catch (CostingException ex)
            {
                return Unprocessable(ex.Message);
            }
            if (sku is null)
            {
                return request.Sku is null
                    ? Results.Problem(statusCode: 400, title: "Nothing to quote", detail: "Send a 'sku' with saved costs, or an inline 'definition'.")
                    : Results.Problem(statusCode: 404, title: "No costs for SKU", detail: $"SKU '{request.Sku}' has no cost definition; send an inline 'definition'.");
            }
            var price = request.Price ?? (request.Sku is { } s ? await ListingPriceAsync(dbs, s, ct) : null);
            if (price is null)
            {
                return Results.Problem(statusCode: 400, title: "No price", detail: "Send a 'price' (the listing has none).");
            }
            try
            {
                var asOf = Utc(request.AsOf) ?? clock.GetUtcNow().UtcDateTime;
                return Results.Ok(QuoteDto.From(SkuQuotes.Quote(snapshot, new WhatIf(sku, price.Value, request.Shipping), asOf)));
            }
            catch (CostingException ex)
            {
                return Unprocessable(ex.Message);
            }
        }).WithSummary("Full breakdown (VAT, fees, landed cost lines, profit, margin, break-even and target-margin prices) of a saved SKU or an inline BOM at a price");

        api.MapGet("/skus/{sku}/costs", async (string sku, CostingStore store, IDbContextFactory<SellerDb> dbs, TimeProvider clock, CancellationToken ct) =>
        {
            var snapshot = await store.SnapshotAsync(ct);
            if (!snapshot.Skus.TryGetValue(sku, out var definition))
            {
                return Results.Problem(statusCode: 404, title: "No costs for SKU", detail: $"SKU '{sku}' has no cost definition yet.");
            }
            var asOf = clock.GetUtcNow().UtcDateTime;
            try
            {
                var sale = snapshot.Sale(asOf);
                var landed = snapshot.Calculator.LandedCost(definition, asOf, sale.Vat);
                decimal? target = null;
                try { target = PriceSolver.PriceForTargetMargin(landed, sale, snapshot.Settings.TargetMargin); }
                catch (CostingException) { }
                var price = await ListingPriceAsync(dbs, sku, ct);
                var quote = price is { } p ? QuoteDto.From(SkuQuotes.Quote(snapshot, new WhatIf(definition, p), asOf)) : null;
                return Results.Ok(new SkuCostsDto(sku, SkuDefinitionDto.From(definition), landed.Total,
                    landed.Lines.Select(l => new BreakdownLineDto(l.Label, l.Rounded, l.Kind.ToString())).ToList(),
                    PriceSolver.BreakEvenPrice(landed, sale), target, price, quote));
            }
            catch (CostingException ex)
            {
                return Unprocessable(ex.Message);
            }
        }).WithTags("Costing").WithSummary("A SKU's saved cost definition, landed cost today, break-even and a quote at its listing price");

        api.MapPut("/skus/{sku}/costs", async (string sku, bool? create, SkuDefinitionDto definition, CostingStore store, IDbContextFactory<SellerDb> dbs, HttpContext http, CancellationToken ct) =>
        {
            // Costs belong to a SKU the seller lists (or one already costed): a typo must not leave an orphan row.
            // Costing a product before it is listed is a deliberate act: ?create=true says so.
            if (create != true && !(await store.SnapshotAsync(ct)).Skus.ContainsKey(sku) && !await ListingExistsAsync(dbs, sku, ct))
            {
                return Results.Problem(statusCode: 404, title: "No such SKU",
                    detail: $"SKU '{sku}' is not one of your listings. To cost a product before you list it, send ?create=true.");
            }
            CostingEditResult result;
            try
            {
                result = await store.SaveSkuCostAsync(definition.ToDefinition(sku), Actor.Of(http.User), ct);
            }
            catch (CostingException ex)
            {
                return Unprocessable(ex.Message);
            }
            return result.Succeeded ? Results.Ok(definition) : Unprocessable(result.Error!);
        }).WithTags("Costing").WithSummary("Creates or replaces a listed SKU's cost definition; 404 if no listing has that SKU (unless ?create=true, for a product not listed yet), 422 with the reason if it cannot be costed");

        CostingFilesApi.Map(costing);
        CostingImportsApi.Map(costing);
    }

    internal static async Task<decimal?> ListingPriceAsync(IDbContextFactory<SellerDb> dbs, string sku, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var pence = await db.Listings.Where(l => l.Sku == sku).Select(l => l.PricePence).FirstOrDefaultAsync(ct);
        return pence is { } p ? Money.FromPence(p) : null;
    }

    private static async Task<bool> ListingExistsAsync(IDbContextFactory<SellerDb> dbs, string sku, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Listings.AnyAsync(l => l.Sku == sku, ct);
    }

    internal static IResult Unprocessable(string detail) =>
        Results.Problem(statusCode: 422, title: "Cannot be costed", detail: detail);

    private static DateTime? Utc(DateTime? value) => value is not { } v ? null
        : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc);
}
