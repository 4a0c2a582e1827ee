using System.Text.Json;
using SellerConsole.Shared;

namespace SellerConsole.Competition;

public sealed record HistoryPointDto(DateTime Utc, decimal? Value);

public sealed record HistorySeriesDto(string Series, string Title, string Unit, IReadOnlyList<HistoryPointDto> Points);

public sealed record ListingHistoryDto(string? Sku, string Asin, DateTime From, DateTime To, IReadOnlyList<HistorySeriesDto> Series, IReadOnlyList<DateTime> OurPriceChanges);

public sealed record CompetitionChangeDto(long Id, string Kind, string Asin, string? Sku, string? SellerId, DateTime DetectedUtc, string Title, IReadOnlyDictionary<string, string> Evidence);

public static class CompetitionApi
{
    public static void MapCompetitionApi(this RouteGroupBuilder api)
    {
        api.MapGet("/listings/{sku}/history", async (string sku, string? series, DateTime? from, DateTime? to, HistoryQueries queries, CancellationToken ct) =>
        {
            var wanted = new List<HistorySeries>();
            foreach (var name in (series ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (HistorySeriesInfo.Parse(name) is not { } parsed)
                {
                    return Results.Problem(statusCode: 400, title: "Unknown series", detail: $"'{name}' is not a series. Choose from: {string.Join(", ", HistorySeriesInfo.All.Select(s => s.ApiName()))}.");
                }
                wanted.Add(parsed);
            }
            if (from is { } f && to is { } t && f > t)
            {
                return Results.Problem(statusCode: 400, title: "Bad range", detail: "from must not be after to.");
            }
            var history = await queries.ForSkuAsync(sku, wanted, Utc(from), Utc(to), ct);
            return history is null
                ? Results.Problem(statusCode: 404, title: "Listing not found", detail: $"No listing has SKU '{sku}'.")
                : Results.Ok(new ListingHistoryDto(history.Sku, history.Asin, history.From, history.To,
                    history.Series.Select(s => new HistorySeriesDto(s.Name, s.Title, s.Series.IsMoney() ? "GBP" : s.Series == HistorySeries.Rating ? "stars x10" : "count",
                        s.Points.Select(p => new HistoryPointDto(p.Utc, p.Value is { } v ? s.Series.IsMoney() ? Money.FromPence(v) : v : null)).ToList())).ToList(),
                    history.OurPriceChanges.Select(c => c.Utc).ToList()));
        }).WithTags("Competition").WithSummary("A listing's histories (change-points; money in GBP landed). series: comma-separated (our-price, buy-box, buy-box-ours, lowest-fbm, lowest-fba, amazon, sales-rank, offer-count, rating, review-count); from/to UTC");

        api.MapGet("/competition/changes", async (string? asin, string? kind, DateTime? since, int? take, CompetitionQueries queries, CancellationToken ct) =>
        {
            ChangeKind? parsed = null;
            if (!string.IsNullOrWhiteSpace(kind))
            {
                if (!Enum.TryParse<ChangeKind>(kind, true, out var k))
                {
                    return Results.Problem(statusCode: 400, title: "Unknown change kind", detail: $"Choose from: {string.Join(", ", Enum.GetNames<ChangeKind>())}.");
                }
                parsed = k;
            }
            var changes = await queries.ChangesAsync(asin, parsed, Utc(since), take ?? 100, ct);
            return Results.Ok(changes.Select(c => new CompetitionChangeDto(c.Id, c.Kind.ToString(), c.Asin, c.Sku, c.SellerId, c.DetectedUtc, c.Title,
                JsonSerializer.Deserialize<Dictionary<string, string>>(c.Evidence) ?? [])).ToList());
        }).WithTags("Competition").WithSummary("Detected competitive changes, newest first; filter by asin, kind and since (UTC); take 1-1000 (default 100)");

        api.MapGet("/keepa/status", async (KeepaStatusQuery status, CancellationToken ct) => Results.Ok(await status.GetAsync(ct)))
            .WithTags("Competition").WithSummary("Keepa tokens left, refill rate, what the planner refreshes next, and the last refresh");
    }

    private static DateTime? Utc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Utc } v => v,
        { Kind: DateTimeKind.Local } v => v.ToUniversalTime(),
        { } v => DateTime.SpecifyKind(v, DateTimeKind.Utc),
    };
}
