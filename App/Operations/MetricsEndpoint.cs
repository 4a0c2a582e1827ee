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
                http.Response.StatusCode = StatusCodes.Status404NotFound;
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
                    http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                    return;
                }
                if (!Authorized(http.Request, expected))
                {
                    http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    http.Response.Headers.WWWAuthenticate = "Bearer realm=\"metrics\"";
                    return;
                }
                await next(http);
            }),
            optionsName: null);
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
