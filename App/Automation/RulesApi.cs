using System.Text.Json;
using SellerConsole.Automation.Data;
using SellerConsole.Automation.Engine;
using SellerConsole.Security;

namespace SellerConsole.Automation;

public sealed record RuleDto(long Id, string Name, bool Enabled, string Description, RuleDefinition Definition, DateTime CreatedUtc, DateTime UpdatedUtc,
    DateTime? LastFiredUtc, string? LastFiredSummary, bool HasWebhookSecret, string? WebhookSecret = null);
public sealed record FiringDto(long Id, DateTime FiredUtc, string Signal, int SkuCount, IReadOnlyList<string> Explanation, IReadOnlyList<string> Outcome, bool Succeeded);
public sealed record TestDto(int WouldFire, int Checked, string Summary, IReadOnlyList<Verdict> Verdicts);

/// <summary>/api/v1/rules: automation rules (CRUD, test against today's data, history). Errors are RFC 7807 naming the field; enums are words.</summary>
public static class RulesApi
{
    public static IEndpointRouteBuilder MapSellerAutomation(this IEndpointRouteBuilder app)
    {
        var r = app.MapGroup("/api/v1/rules").RequireAuthorization().WithTags("Automation rules");
        r.MapGet("/", async (RuleStore store, CancellationToken ct) => Json((await store.ListAsync(ct)).Select(v => Dto(v))))
            .WithSummary("Every rule, by name, with when it last fired");
        r.MapGet("/{id:long}", async (long id, RuleStore store, CancellationToken ct) =>
            await store.FindAsync(id, ct) is { } v ? Json(Dto(v)) : NotFound(id));
        r.MapPost("/", (HttpRequest request, RuleStore store, HttpContext http, CancellationToken ct) => SaveAsync(0, request, store, http, ct))
            .WithSummary("Creates a rule; a rule with a webhook answers its signing secret once, here");
        r.MapPut("/{id:long}", (long id, HttpRequest request, RuleStore store, HttpContext http, CancellationToken ct) => SaveAsync(id, request, store, http, ct))
            .WithSummary("Replaces a rule");
        r.MapDelete("/{id:long}", async (long id, RuleStore store, HttpContext http, CancellationToken ct) =>
        {
            try
            {
                await store.DeleteAsync(id, Actor.Of(http.User), ct);
                return Results.NoContent();
            }
            catch (KeyNotFoundException) { return NotFound(id); }
        }).WithSummary("Deletes a rule and its history (audited)");
        r.MapPost("/{id:long}/test", async (long id, RuleStore store, AutomationService automation, CancellationToken ct) =>
            await store.FindAsync(id, ct) is { } v ? Json(Test(await automation.TestAsync(id, v.Definition, ct))) : NotFound(id))
            .WithSummary("Which listings the rule would fire for against today's data, and why; does nothing");
        r.MapPost("/test", async (HttpRequest request, AutomationService automation, CancellationToken ct) =>
        {
            var (rule, bad) = await ReadAsync(request, ct);
            return bad ?? Json(Test(await automation.TestAsync(0, rule!, ct)));
        }).WithSummary("Tests an unsaved rule against today's data");
        r.MapGet("/{id:long}/history", async (long id, int? take, RuleStore store, CancellationToken ct) =>
            await store.FindAsync(id, ct) is null ? NotFound(id) : Json((await store.HistoryAsync(id, take ?? 50, ct)).Select(Dto)))
            .WithSummary("Firings, newest first, each with its explanation per SKU and what each action did");
        r.MapPost("/{id:long}/webhook-secret", async (long id, RuleStore store, CancellationToken ct) =>
            await store.WebhookSecretAsync(id, ct) is { } secret ? Json(new { secret }) : NotFound(id, "No such rule, or it has no webhook."))
            .WithSummary("The webhook signing secret (read-write tokens only)");
        return app;
    }

    private static async Task<IResult> SaveAsync(long id, HttpRequest request, RuleStore store, HttpContext http, CancellationToken ct)
    {
        var (rule, bad) = await ReadAsync(request, ct);
        if (bad is not null) return bad;
        try
        {
            var saved = await store.SaveAsync(id, rule!, Actor.Of(http.User), ct);
            var secret = id == 0 && saved.HasWebhookSecret ? await store.WebhookSecretAsync(saved.Id, ct) : null;
            return id == 0 ? Results.Json(Dto(saved, secret), RuleJson.Options, statusCode: 201) : Json(Dto(saved));
        }
        catch (KeyNotFoundException) { return NotFound(id); }
        catch (ArgumentException ex) { return Results.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [ex.Message] }, title: "The rule is not valid"); }
    }

    private static async Task<(RuleDefinition? Rule, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        RuleDefinition? rule;
        try
        {
            rule = await JsonSerializer.DeserializeAsync<RuleDefinition>(request.Body, RuleJson.Options, ct);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"Not valid here: {ex.Message.Split(". Path:")[0]}"] },
                title: "The rule is not valid"));
        }
        var problems = RuleValidator.Problems(rule);
        return problems.Count > 0
            ? (null, Results.ValidationProblem(problems, title: "The rule is not valid", detail: string.Join(" ", problems.Select(p => $"{p.Key}: {p.Value[0]}"))))
            : (rule, null);
    }

    private static IResult Json(object value) => Results.Json(value, RuleJson.Options);

    private static IResult NotFound(long id, string? detail = null) => Results.Problem(statusCode: 404, title: "No such rule", detail: detail ?? $"There is no rule {id}.");

    private static RuleDto Dto(RuleView v, string? secret = null) => new(v.Id, v.Definition.Name, v.Definition.Enabled, Describe(v.Definition), v.Definition,
        v.CreatedUtc, v.UpdatedUtc, v.LastFiredUtc, v.LastFiredSummary, v.HasWebhookSecret, secret);

    public static string Describe(RuleDefinition d) =>
        $"{RuleText.Trigger(d.Trigger)}{(d.Conditions.Count > 0 ? ", if " + string.Join(" and ", d.Conditions.Select(RuleText.Condition)) : "")}: " +
        string.Join(", ", d.Actions.Select(RuleText.Action)) + $" (at most once per {d.CooldownMinutes} min per SKU)";

    private static FiringDto Dto(RuleFiring f) => new(f.Id, f.FiredUtc, f.Signal, f.SkuCount, f.Explanation.Split('\n'), f.Outcome.Split('\n'), f.Succeeded);

    private static TestDto Test(RuleEvaluation e) => new(e.Firing.Count, e.Verdicts.Count, e.Summary, e.Verdicts);
}
