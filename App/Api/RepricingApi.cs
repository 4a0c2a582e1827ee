using System.Text.Json;
using SellerConsole.Pricing;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Security;

namespace SellerConsole.Api;

public sealed record StrategyDto(long Id, string Name, bool IsDefault, RepricingStrategy Strategy, DateTime UpdatedUtc);
public sealed record DecisionDto(long Id, Guid RunId, string Sku, string Trigger, DateTime DecidedUtc, string Outcome, string Reason, string Status,
    string Strategy, long CurrentPence, long FinalPence, string? BindingGuard, string Sentence, long? PushId, RepricingDecision Detail);
public sealed record IdsRequest(long[] Ids);
public sealed record UndoRequest(string? Sku, Guid? RunId);
public sealed record PauseRequest(string? Reason);
public sealed record ModeRequest(RepricingMode Mode, int? DailyChangeBudget);
public sealed record RunRequest(string[]? Skus);
/// <param name="Change">Which settings to set: any of strategy, mode, floor, ceiling; absent sets all four (the others are left as each SKU has them).</param>
public sealed record AssignRequest(string[]? Skus, string? Category, long? StrategyId, RepricingMode? Mode, decimal? ManualFloor, decimal? ManualCeiling, string[]? Change = null);

/// <summary>/api/v1/repricing: strategies, per-SKU settings, decisions, dry run, review, undo, the kill switch. Enums are strings.</summary>
internal static class RepricingApi
{
    public static void MapRepricingApi(this RouteGroupBuilder api)
    {
        var r = api.MapGroup("/repricing").WithTags("Repricing");

        r.MapGet("/", async (RepricingReview review, RepricingQueries queries, CancellationToken ct) =>
            Json(new { state = await review.StateAsync(ct), overview = await queries.OverviewAsync(ct) }))
            .WithSummary("The repricer's mode, kill switch, budget and the last 7 days' counts (changes, holds, queue, confirmation latency)");
        r.MapPost("/pause", async (PauseRequest? body, RepricingReview review, HttpContext http, CancellationToken ct) =>
        {
            await review.SetPausedAsync(true, Actor.Of(http.User), body?.Reason, ct);
            return Results.NoContent();
        }).WithSummary("Kill switch on: nothing is decided as a change or sent until resumed");
        r.MapPost("/resume", async (RepricingReview review, HttpContext http, CancellationToken ct) =>
        {
            await review.SetPausedAsync(false, Actor.Of(http.User), null, ct);
            return Results.NoContent();
        }).WithSummary("Kill switch off");
        r.MapPut("/mode", async (HttpRequest request, RepricingReview review, HttpContext http, CancellationToken ct) =>
        {
            var (body, bad) = await ReadAsync<ModeRequest>(request, ct);
            if (bad is not null) return bad;
            if (body!.DailyChangeBudget is < 0 or > 1_000_000)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["dailyChangeBudget"] = ["0 to 1,000,000, or null for no budget."] });
            await review.SetModeAsync(body.Mode, body.DailyChangeBudget, Actor.Of(http.User), ct);
            return Results.NoContent();
        }).WithSummary("Global mode (Off, Suggest, Auto) and the daily change budget");

        r.MapGet("/strategies", async (StrategyStore store, CancellationToken ct) => Json((await store.ListAsync(ct)).Select(Dto)))
            .WithSummary("Strategies, the default first");
        r.MapPost("/strategies", (HttpRequest request, StrategyStore store, AuditLog audit, HttpContext http, bool? makeDefault, CancellationToken ct) =>
            SaveAsync(0, request, store, audit, http, makeDefault == true, ct)).WithSummary("Creates a strategy (body: the strategy; ?makeDefault=true)");
        r.MapPut("/strategies/{id:long}", (long id, HttpRequest request, StrategyStore store, AuditLog audit, HttpContext http, bool? makeDefault, CancellationToken ct) =>
            SaveAsync(id, request, store, audit, http, makeDefault == true, ct)).WithSummary("Replaces a strategy's settings");
        r.MapDelete("/strategies/{id:long}", async (long id, StrategyStore store, AuditLog audit, HttpContext http, CancellationToken ct) =>
        {
            try
            {
                await store.DeleteAsync(id, ct);
                await audit.WriteAsync(Actor.Of(http.User), "repricing.strategy.deleted", id.ToString(), null, cancellationToken: ct);
                return Results.NoContent();
            }
            catch (KeyNotFoundException ex) { return Results.Problem(statusCode: 404, title: "No such strategy", detail: ex.Message); }
            catch (InvalidOperationException ex) { return Results.Problem(statusCode: 409, title: "Cannot delete", detail: ex.Message); }
        }).WithSummary("Deletes a strategy (not the default); its SKUs follow the default");

        r.MapPut("/skus", async (HttpRequest request, PricingAssignments assignments, HttpContext http, CancellationToken ct) =>
        {
            var (body, bad) = await ReadAsync<AssignRequest>(request, ct);
            if (bad is not null) return bad;
            var settings = new SkuPricingRequest(body!.StrategyId, body.Mode, body.ManualFloor, body.ManualCeiling);
            var problems = PricingAssignments.Problems(settings);
            if (body.Skus is not { Length: > 0 } && string.IsNullOrWhiteSpace(body.Category)) problems["skus"] = ["Name the SKUs or a category."];
            var fields = AssignFields.All;
            if (body.Change is { } change)
            {
                fields = AssignFields.None;
                foreach (var name in change)
                {
                    if (Enum.TryParse<AssignFields>(name, ignoreCase: true, out var field) && field is AssignFields.Strategy or AssignFields.Mode or AssignFields.Floor or AssignFields.Ceiling) fields |= field;
                    else problems["change"] = [$"'{name}' is not one of: strategy, mode, floor, ceiling."];
                }
                if (fields == AssignFields.None && !problems.ContainsKey("change")) problems["change"] = ["Name at least one setting to change: strategy, mode, floor, ceiling."];
            }
            if (problems.Count > 0) return Results.ValidationProblem(problems);
            var skus = body.Skus is { Length: > 0 } list ? list : (await assignments.SkusInCategoryAsync(body.Category!, ct)).ToArray();
            try
            {
                return Json(new { updated = await assignments.ApplyAsync(skus, settings, Actor.Of(http.User), ct, fields: fields) });
            }
            catch (KeyNotFoundException ex) { return Results.ValidationProblem(new Dictionary<string, string[]> { ["strategyId"] = [ex.Message] }); }
        }).WithSummary("Sets strategy, mode and manual floor/ceiling for SKUs (by list or category); null = the strategy's or global setting; `change` limits which settings are set");

        r.MapGet("/decisions", async (string? sku, DecisionStatus? status, DecisionOutcome? outcome, bool? changesOnly, int? skip, int? take, RepricingQueries q, CancellationToken ct) =>
        {
            var page = await q.DecisionsAsync(new DecisionFilter(sku, status, outcome, changesOnly == true), skip ?? 0, take ?? 50, ct);
            return Json(new { total = page.Total, items = page.Items.Select(Dto) });
        }).WithSummary("Decisions, newest first, each with its sentence and full trail");
        r.MapGet("/decisions/{id:long}", async (long id, RepricingQueries q, CancellationToken ct) =>
            await q.DecisionAsync(id, ct) is { } d ? Json(Dto(d)) : Results.Problem(statusCode: 404, title: "No such decision"));
        r.MapPost("/dry-run", async (RunRequest? body, Repricer repricer, CancellationToken ct) =>
            Json(Run(await repricer.RunAsync(body?.Skus, "dry-run", dryRun: true, ct))))
            .WithSummary("What would change now, with each explanation; sends nothing");
        r.MapPost("/run", async (RunRequest? body, Repricer repricer, CancellationToken ct) =>
            Json(Run(await repricer.RunAsync(body?.Skus, "owner", dryRun: false, ct))))
            .WithSummary("A repricing pass now (Auto SKUs are sent, Suggest SKUs wait for review)");
        r.MapPost("/suggestions/approve", async (IdsRequest body, RepricingReview review, HttpContext http, CancellationToken ct) =>
            Json(await review.ApproveAsync(body.Ids ?? [], Actor.Of(http.User), ct))).WithSummary("Approves suggestions: their prices go to the push queue");
        r.MapPost("/suggestions/reject", async (IdsRequest body, RepricingReview review, HttpContext http, CancellationToken ct) =>
            Json(await review.RejectAsync(body.Ids ?? [], Actor.Of(http.User), ct))).WithSummary("Rejects suggestions");
        r.MapPost("/undo", async (UndoRequest body, RepricingReview review, HttpContext http, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(body.Sku) && body.RunId is null
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["sku"] = ["Name a SKU or a runId."] })
                : Json(await review.UndoAsync(body.Sku, body.RunId, Actor.Of(http.User), ct)))
            .WithSummary("Puts back the previous price of a SKU or of every SKU a run changed (guarded by today's floor, audited)");
        r.MapGet("/pushes", async (string? sku, int? take, RepricingQueries q, CancellationToken ct) =>
            Json(await q.RecentPushesAsync(sku, Math.Clamp(take ?? 100, 1, 500), ct))).WithSummary("Prices sent or waiting: state, attempts, confirmation seconds");
    }

    private static async Task<IResult> SaveAsync(long id, HttpRequest request, StrategyStore store, AuditLog audit, HttpContext http, bool makeDefault, CancellationToken ct)
    {
        var (strategy, bad) = await ReadAsync<RepricingStrategy>(request, ct);
        if (bad is not null) return bad;
        if (StrategyValidator.Problems(strategy) is { Count: > 0 } problems) return Results.ValidationProblem(problems, title: "The strategy has invalid settings");
        try
        {
            var row = await store.SaveAsync(id, strategy!, makeDefault, ct);
            await audit.WriteAsync(Actor.Of(http.User), id == 0 ? "repricing.strategy.created" : "repricing.strategy.updated", row.Name, row.Json, cancellationToken: ct);
            return id == 0 ? Results.Json(Dto(row), PricingJson.Options, statusCode: 201) : Json(Dto(row));
        }
        catch (KeyNotFoundException ex) { return Results.Problem(statusCode: 404, title: "No such strategy", detail: ex.Message); }
        catch (ArgumentException ex) { return Results.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [ex.Message] }); }
    }

    private static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, PricingJson.Options, ct);
            return value is null ? (null, Results.Problem(statusCode: 400, title: "Empty body", detail: "Send a JSON body.")) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"Not valid here: {ex.Message.Split(". Path:")[0]}"] }));
        }
    }

    private static IResult Json(object value) => Results.Json(value, PricingJson.Options);

    private static StrategyDto Dto(StoredStrategy s) => new(s.Id, s.Name, s.IsDefault, PricingJson.Read<RepricingStrategy>(s.Json), s.UpdatedUtc);

    private static DecisionDto Dto(StoredDecision d) => new(d.Id, d.RunId, d.Sku, d.Trigger, d.DecidedUtc, d.Outcome.ToString(), d.Reason.ToString(), d.Status.ToString(),
        d.StrategyName, d.CurrentPence, d.FinalPence, d.BindingGuard?.ToString(), d.Sentence, d.PushId, PricingJson.Read<RepricingDecision>(d.Json));

    private static object Run(RepricingRun run) => new
    {
        run.RunId, run.DryRun, run.Decided, run.Up, run.Down, run.Held, run.Refused, run.Pushed, run.Suggested, run.ProfitChangePerUnit, run.Summary,
        changes = run.Changes.Select(Dto),
    };
}
