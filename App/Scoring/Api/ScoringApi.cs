using System.Text.Json;
using SellerConsole.Scoring.Data;

namespace SellerConsole.Scoring.Api;

public static class ScoringApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapScoringApi(this RouteGroupBuilder api)
    {
        api.MapPost("/scoring/score", async (HttpRequest request, ScoringPreview preview, CancellationToken ct) =>
        {
            ScoreRequestDto? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync<ScoreRequestDto>(request.Body, Json, ct);
            }
            catch (JsonException ex)
            {
                return Results.Problem(statusCode: 400, title: "Malformed listing content",
                    detail: $"The body must be a JSON object of listing content (title, bullets, …): {ex.Message}");
            }
            if (body is null)
            {
                return Results.Problem(statusCode: 400, title: "Malformed listing content", detail: "The body must be a JSON object of listing content, not null.");
            }
            return Results.Ok(ScoreResultDto.From(await preview.ScoreAsync(body.ToContent(), ct)));
        })
        .WithTags("Scoring")
        .Accepts<ScoreRequestDto>("application/json")
        .Produces<ScoreResultDto>()
        .ProducesProblem(400)
        .WithSummary("Scores listing content (nothing is stored or sent to Amazon); benchmarked against the stored peers of its Category");

        api.MapGet("/listings/{sku}/score", async (string sku, ScoringStore store, CancellationToken ct) =>
        {
            if (await store.FindAsync(sku, ct) is not { } view)
            {
                return Results.Problem(statusCode: 404, title: "No score",
                    detail: $"No scored listing has SKU '{sku}'. Listings are scored after a catalogue sync (and by the 'listing-scores' job).");
            }
            var card = ScoreResultDto.From(view.Card);
            return Results.Ok(new ListingScoreDto(view.Sku, view.Title, view.Category, view.Score, view.ScoredUtc, card.Sections, card.Findings,
                view.Card.Benchmark, [.. view.Peers.Select(p => new PeerDto(p.Asin, p.SalesRank, p.Title, p.TitleLength, p.BulletCount, p.ImageCount))],
                [.. view.History.Select(h => new ScorePointDto(h.AtUtc, h.Score))]));
        })
        .WithTags("Scoring")
        .Produces<ListingScoreDto>()
        .ProducesProblem(404)
        .WithSummary("A listing's current score, findings (fix first), benchmark against its category's top peers, and score history");
    }
}
