using SellerConsole.Pricing.Backtests;
using SellerConsole.Pricing.Engine.Backtest;

namespace SellerConsole.Api;

public sealed record BacktestRunDto(string Strategy, int Changes, int Holds, double BuyBoxShare, double Units, decimal Revenue, decimal? Profit, IReadOnlyList<BacktestDay> Days)
{
    public static BacktestRunDto Of(BacktestResult r) => new(r.StrategyName, r.Changes, r.Holds, r.BuyBoxShare, r.Units, r.Revenue, r.Profit, r.Days);
}

public sealed record BacktestDto(string Sku, DateTime FromUtc, DateTime ToUtc, int MarketPoints, string Demand, IReadOnlyList<BacktestRunDto> Runs,
    int ActualUnits, decimal ActualRevenue, IReadOnlyList<ActualDay> Actual);

/// <summary><c>POST /api/v1/repricing/backtest</c>: replay one or two strategies over a SKU's last 30, 90 or 365 days.</summary>
internal static class BacktestApi
{
    public static void MapBacktestApi(this RouteGroupBuilder api)
    {
        api.MapPost("/repricing/backtest", async (BacktestQuery? body, BacktestService backtests, CancellationToken ct) =>
        {
            if (body is null) return Results.ValidationProblem(new Dictionary<string, string[]> { ["sku"] = ["Send { sku, strategyId?, compareStrategyId?, days }."] });
            if (BacktestService.Problems(body) is { Count: > 0 } problems) return Results.ValidationProblem(problems);
            try
            {
                var report = await backtests.RunAsync(body, ct);
                return report is null
                    ? Results.Problem(statusCode: 404, title: "No such SKU", detail: $"{body.Sku} is not in the catalogue, or has no price yet.")
                    : Results.Ok(new BacktestDto(report.Sku, report.FromUtc, report.ToUtc, report.MarketPoints, report.Demand,
                        [.. report.Runs.Select(BacktestRunDto.Of)], report.ActualUnits, report.ActualRevenue, report.Actual));
            }
            catch (BacktestUnavailableException ex)
            {
                return Results.Problem(statusCode: 422, title: "Nothing to replay yet", detail: ex.Message);
            }
            catch (KeyNotFoundException ex)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["strategyId"] = [ex.Message] });
            }
        }).WithTags("Repricing").WithSummary("Backtest: replay a strategy (and optionally a second) with its guards over the SKU's stored market history, next to what actually happened");
    }
}
