using System.Security.Claims;

namespace SellerConsole.Security;

/// <summary>
/// A read-only token may only read: GET and HEAD. Checked once for every request, after authentication and
/// before any endpoint, so a new endpoint cannot forget it.
/// </summary>
public static class ApiTokenScopes
{
    public static IApplicationBuilder UseApiTokenScopes(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (IsReadOnlyToken(http.User) && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Read-only token",
                detail: $"This token is read-only: it may send GET and HEAD requests, not {http.Request.Method}. Create a read-write token in Settings > API tokens.")
                .ExecuteAsync(http);
            return;
        }
        await next(http);
    });

    private static bool IsReadOnlyToken(ClaimsPrincipal user) =>
        user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == ApiTokenAuthenticationHandler.SchemeName &&
                                 i.FindFirst(ApiTokenAuthenticationHandler.ScopeClaim)?.Value != nameof(ApiTokenScope.ReadWrite));
}
