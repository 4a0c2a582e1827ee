using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SellerConsole.Operations;

/// <summary>
/// <c>GET /metrics</c> for Prometheus, answered before routing, sign-in and first-run setup: a scraper must get
/// 404 (off), 401 (wrong or missing token) or the text format, never a redirect to a sign-in page.
/// </summary>
public static class MetricsEndpoint
{
    public static IApplicationBuilder UseSellerMetrics(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (!options.Enabled)
        {
            return app.MapWhen(IsMetrics, branch => branch.Run(http =>
            {
                Refuse(http, StatusCodes.Status404NotFound);
                return Task.CompletedTask;
            }));
        }
        // Created now so the gauges exist before the first scrape.
        _ = app.ApplicationServices.GetRequiredService<MetricsGauges>();
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(options.Token.Trim()));
        return app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null, predicate: IsMetrics, path: null,
            configureBranchedPipeline: branch => branch.Use(async (http, next) =>
            {
                if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
                {
                    Refuse(http, StatusCodes.Status405MethodNotAllowed);
                    return;
                }
                if (!Authorized(http.Request, expected))
                {
                    Refuse(http, StatusCodes.Status401Unauthorized);
                    http.Response.Headers.WWWAuthenticate = "Bearer realm=\"metrics\"";
                    return;
                }
                await next(http);
            }),
            optionsName: null);
    }

    /// <summary>A bare status: the console's error pages would turn a 404 into a page (or, before set-up, a redirect).</summary>
    private static void Refuse(HttpContext http, int status)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
        http.Response.StatusCode = status;
    }

    private static bool IsMetrics(HttpContext http) =>
        http.Request.Path.Equals(MetricsOptions.Path, StringComparison.OrdinalIgnoreCase);

    private static bool Authorized(HttpRequest request, byte[] expected)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(presented, expected);
    }
}
