using System.Text;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>The SP-API operation an endpoint implements (its usage plan and name in 429 storms).</summary>
public sealed record SpApiOperation(string Name)
{
    public UsagePlan Plan { get; } = UsagePlans.Get(Name);
}

public enum SandboxErrorStyle
{
    SpApi,
    Lwa,
    Keepa,
    Document,
}

/// <summary>
/// What every Sandbox call goes through before its handler: the caller check first (this process's own
/// clients or the signed-in owner, <see cref="SandboxCaller"/>), then injected faults (latency, outage,
/// error rate), then, for SP-API, the access token, the usage plan, and the world brought to now.
/// </summary>
internal static class SandboxGate
{
    public static async ValueTask<object?> SpApi(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var operation = http.GetEndpoint()?.Metadata.GetMetadata<SpApiOperation>()
            ?? throw new InvalidOperationException($"{http.Request.Path} has no SP-API operation.");
        http.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        if (Stranger(http, SandboxErrorStyle.SpApi) is { } refused) return refused;
        if (await FaultAsync(http, SandboxErrorStyle.SpApi, operation.Name) is { } fault) return fault;

        var check = services.GetRequiredService<LwaTokenStore>().Check(http.Request.Headers["x-amz-access-token"].ToString());
        if (check != AccessTokenCheck.Valid)
        {
            return SpApiResults.Unauthorized(check == AccessTokenCheck.Expired ? SpApiResults.ExpiredTokenDetails : "");
        }
        if (!services.GetRequiredService<UsagePlanLimiter>().TryAcquire(operation.Name)) return SpApiResults.QuotaExceeded();
        if (await WorldAsync(http) is not { } world) return SpApiResults.Unavailable();
        http.Items[typeof(SandboxWorld)] = world;

        // Amazon sends the applied rate on 20x, 400 and 404 answers only.
        http.Response.OnStarting(() =>
        {
            var status = http.Response.StatusCode;
            if (status is >= 200 and < 300 or 400 or 404) http.Response.Headers["x-amzn-RateLimit-Limit"] = operation.Plan.Header;
            return Task.CompletedTask;
        });
        return await next(context);
    }

    public static async ValueTask<object?> Lwa(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Stranger(context.HttpContext, SandboxErrorStyle.Lwa) ?? await FaultAsync(context.HttpContext, SandboxErrorStyle.Lwa) ?? await next(context);

    public static async ValueTask<object?> Keepa(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (Stranger(context.HttpContext, SandboxErrorStyle.Keepa) is { } refused) return refused;
        if (await FaultAsync(context.HttpContext, SandboxErrorStyle.Keepa) is { } fault) return fault;
        if (await WorldAsync(context.HttpContext) is not { } world)
        {
            return KeepaResults.Error(context.HttpContext.RequestServices.GetRequiredService<KeepaTokenBucket>(), 503, "INTERNAL_SERVER_ERROR", "The Sandbox world is not available.");
        }
        context.HttpContext.Items[typeof(SandboxWorld)] = world;
        return await next(context);
    }

    public static async ValueTask<object?> Document(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Stranger(context.HttpContext, SandboxErrorStyle.Document) ?? await FaultAsync(context.HttpContext, SandboxErrorStyle.Document) ?? await next(context);

    /// <summary>The world this request was admitted with (brought to now), even if a reset replaces it meanwhile.</summary>
    public static SandboxWorld World(this HttpContext http) =>
        http.Items[typeof(SandboxWorld)] as SandboxWorld ?? throw new InvalidOperationException("The request did not pass the Sandbox gate.");

    /// <summary>A 403 in the endpoint's own error style for anyone but the app's own clients and the owner; null to go on.</summary>
    private static IResult? Stranger(HttpContext http, SandboxErrorStyle style)
    {
        if (http.RequestServices.GetRequiredService<SandboxCaller>().Admits(http)) return null;
        return style switch
        {
            SandboxErrorStyle.SpApi => SpApiResults.Errors(403, "Unauthorized", SpApiResults.AccessDeniedMessage, SandboxCaller.RefusedMessage),
            SandboxErrorStyle.Lwa => SpApiResults.Json(new System.Text.Json.Nodes.JsonObject
            {
                ["error_description"] = SandboxCaller.RefusedMessage,
                ["error"] = "unauthorized_client",
            }, 403),
            SandboxErrorStyle.Keepa => KeepaResults.Error(http.RequestServices.GetRequiredService<KeepaTokenBucket>(), 403, "FORBIDDEN", SandboxCaller.RefusedMessage),
            _ => Results.Text(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>{SandboxCaller.RefusedMessage}</Message></Error>",
                "application/xml", Encoding.UTF8, 403),
        };
    }

    private static async Task<SandboxWorld?> WorldAsync(HttpContext http)
    {
        try
        {
            return await http.RequestServices.GetRequiredService<SandboxMarket>().ReadyAsync(http.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    private static async Task<IResult?> FaultAsync(HttpContext http, SandboxErrorStyle style, string? operation = null)
    {
        var services = http.RequestServices;
        var faults = services.GetRequiredService<SandboxFaults>();
        if (faults.Latency > TimeSpan.Zero) await Task.Delay(faults.Latency, http.RequestAborted);
        var fault = faults.Decide(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, operation);
        if (fault == FaultKind.None) return null;
        var outage = fault == FaultKind.Outage;
        return style switch
        {
            SandboxErrorStyle.SpApi => outage ? SpApiResults.Unavailable() : SpApiResults.ServerError(),
            SandboxErrorStyle.Lwa => SpApiResults.Json(new System.Text.Json.Nodes.JsonObject
            {
                ["error_description"] = outage ? "The service is temporarily unavailable" : "Internal server error",
                ["error"] = outage ? "temporarily_unavailable" : "server_error",
            }, outage ? 503 : 500),
            SandboxErrorStyle.Keepa => KeepaResults.Error(services.GetRequiredService<KeepaTokenBucket>(), outage ? 503 : 500,
                "INTERNAL_SERVER_ERROR", outage ? "Keepa is temporarily unavailable." : "Internal server error."),
            _ => Results.Text(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{(outage ? "ServiceUnavailable" : "InternalError")}</Code><Message>{(outage ? "Please reduce your request rate." : "We encountered an internal error. Please try again.")}</Message></Error>",
                "application/xml", Encoding.UTF8, outage ? 503 : 500),
        };
    }
}
