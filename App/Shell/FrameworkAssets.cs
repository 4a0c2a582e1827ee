using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Patterns;

namespace SellerConsole.Shell;

public static class FrameworkAssets
{
    /// <summary>
    /// Blazor's own script (_framework/blazor.web.js) is served by an endpoint of the component data
    /// source, so the sign-in fallback policy covers it too; the sign-in page needs it, so open exactly
    /// those files. The _blazor hub (the circuit) stays behind the sign-in.
    /// </summary>
    public static TBuilder AllowAnonymousFrameworkFiles<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern: var pattern } && IsFrameworkFile(pattern))
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        return builder;
    }

    private static bool IsFrameworkFile(RoutePattern pattern) =>
        pattern.RawText?.TrimStart('/').StartsWith("_framework/", StringComparison.Ordinal) == true;
}
