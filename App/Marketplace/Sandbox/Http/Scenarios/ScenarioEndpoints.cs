using System.Text.Json;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// The Sandbox's control API for the repricer's scenarios: <c>GET /api/v1/sandbox/scenarios</c> lists them,
/// <c>POST /api/v1/sandbox/scenarios</c> starts one (<see cref="ScenarioRequest"/>). Unlike the SP-API face it
/// acts on the world rather than reading it as the seller, so it takes the owner's sign-in or an API
/// token, like the Sandbox page; under /api it follows the API's rules (401 to strangers, a matching Origin for cookie writes, read-write tokens). Bad input is an RFC 7807 problem naming the field.
/// </summary>
public static class ScenarioEndpoints
{
    public const string Path = "/api/v1/sandbox/scenarios";

    public static IEndpointRouteBuilder MapSandboxScenarios(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).RequireAuthorization().ExcludeFromDescription();
        group.MapGet("", async (SandboxMarket market, CancellationToken ct) => Results.Ok(List(await market.ReadyAsync(ct))));
        group.MapPost("", StartAsync);
        return app;
    }

    public static ScenariosDto List(SandboxWorld world)
    {
        var tick = TimeSpan.FromMinutes(world.Simulation.Settings.TickMinutes);
        var sim = world.Simulation;
        return new ScenariosDto(ScenarioEntries.Names,
            [.. sim.GetScenarios().Select(s => ScenarioDto.Of(s, tick))],
            [.. world.OrderedDrops.Select(d => new SilentDropsDto(d.Key, sim.GetListingBySku(d.Key)?.Listing.Asin ?? "", d.Value)).OrderBy(d => d.Sku, StringComparer.Ordinal)]);
    }

    private static async Task<IResult> StartAsync(HttpRequest http, SandboxMarket market, TimeProvider clock, CancellationToken ct)
    {
        ScenarioRequest? request;
        try
        {
            request = await http.ReadFromJsonAsync<ScenarioRequest>(ct);
        }
        catch (JsonException ex) when (ex.Path is { Length: > 2 } path)
        {
            var field = path.TrimStart('$', '.');
            return Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"{field} has a value of the wrong type, or is not a field of this request."] });
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send a JSON object: {\"scenario\": \"price-war\", \"asin\": \"...\"}."] });
        }
        if (request is null) return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body is empty."] });
        var (scenario, drops, errors) = request.Validate();
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The scenario cannot start");

        var world = await market.ReadyAsync(ct);
        var listing = request.Asin is { Length: > 0 } asin ? world.Simulation.GetListingByAsin(asin.Trim()) : world.Simulation.GetListingBySku(request.Sku!.Trim());
        if (listing is null)
        {
            return Results.Problem(statusCode: 404, title: "Unknown listing",
                detail: request.Asin is { Length: > 0 } ? $"No Sandbox listing has ASIN '{request.Asin}'." : $"No Sandbox listing has SKU '{request.Sku}'.");
        }
        var sku = listing.Listing.Sku;
        var now = clock.GetUtcNow().UtcDateTime;
        if (scenario is null)
        {
            var remaining = world.OrderSilentDrops(sku, drops, now);
            return Results.Accepted(Path, new SilentDropsDto(sku, listing.Listing.Asin, remaining));
        }
        if (world.Simulation.ScenarioProblem(sku, scenario) is { } problem)
        {
            return Results.Problem(statusCode: 409, title: "The scenario cannot start on this listing", detail: problem);
        }
        var status = world.StartScenario(sku, scenario, now);
        return Results.Accepted(Path, ScenarioDto.Of(status, TimeSpan.FromMinutes(world.Simulation.Settings.TickMinutes)));
    }
}
