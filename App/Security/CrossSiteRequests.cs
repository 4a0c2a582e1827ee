using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace SellerConsole.Security;

/// <summary>
/// The sign-in cookie is SameSite=Lax, but a page on another port of the same host is the same site,
/// so its fetches carry the cookie. A state-changing call authenticated by the cookie must therefore
/// prove it comes from this console's own origin: an Origin header (or, when a browser sends none, a
/// Referer) with the request's scheme, host and port, or an antiforgery token in the
/// <see cref="TokenHeader"/> header. Bearer-token calls carry no ambient credential and pass untouched.
/// </summary>
public static class CrossSiteRequests
{
    public const string TokenHeader = "RequestVerificationToken";

    public static IApplicationBuilder UseCrossSiteRequestCheck(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (NeedsProof(http) && !IsSameOrigin(http.Request) && !await HasAntiforgeryTokenAsync(http))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused",
                detail: "A call that changes data with the sign-in cookie must come from this console's own pages (a matching Origin) " +
                        $"or carry an antiforgery token in the '{TokenHeader}' header. Scripts should send 'Authorization: Bearer <token>' instead.")
                .ExecuteAsync(http);
            return;
        }
        await next(http);
    });

    private static bool NeedsProof(HttpContext http) =>
        !IsSafe(http.Request.Method)
        && (SecurityModule.IsApi(http.Request) || SecurityModule.IsSandboxEndpoint(http.Request))
        && http.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme);

    internal static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    /// <summary>Origin first (every browser sends it on a cross-origin or non-GET fetch); Referer only when Origin is absent.</summary>
    internal static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return Matches(request, origin);
        }
        var referer = request.Headers.Referer.ToString();
        return referer.Length > 0 && Matches(request, referer);
    }

    private static bool Matches(HttpRequest request, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var claimed) || claimed.Scheme is not ("http" or "https"))
        {
            return false; // includes "Origin: null" from sandboxed frames and file:// pages
        }
        var port = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return string.Equals(claimed.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(claimed.IdnHost, request.Host.Host, StringComparison.OrdinalIgnoreCase)
            && claimed.Port == port;
    }

    private static async Task<bool> HasAntiforgeryTokenAsync(HttpContext http)
    {
        if (!http.Request.Headers.ContainsKey(TokenHeader))
        {
            return false; // never fall back to reading a form field from an upload body here
        }
        return await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
    }
}
