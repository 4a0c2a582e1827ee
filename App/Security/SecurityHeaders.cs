namespace SellerConsole.Security;

/// <summary>
/// Headers on every response, pages and API alike. Pages get a Content-Security-Policy that allows scripts
/// only from this site (blazor.web.js, MudBlazor, the vendored ApexCharts, app.js: no inline script, no
/// eval), inline styles (MudBlazor and ApexCharts set style attributes), data: images and fonts, and
/// connections only back to this site (the circuit's WebSocket). Nothing may frame the console.
/// </summary>
public static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>JSON, CSV and files: nothing in them may run or load anything, even if opened directly.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // At the last moment, so error pages (which clear the headers) and re-executed 404s get them too.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers.ContentSecurityPolicy = IsMachineEndpoint(http.Request) ? ApiPolicy : PagePolicy;
            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(http);
    });

    private static bool IsMachineEndpoint(HttpRequest request) =>
        SecurityModule.IsApi(request) || SecurityModule.IsSandboxEndpoint(request) || request.Path.StartsWithSegments("/healthz");
}
