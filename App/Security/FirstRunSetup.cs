namespace SellerConsole.Security;

public static class FirstRunSetup
{
    /// <summary>
    /// Until the owner exists every page leads to /setup; once it exists /setup is gone (404).
    /// </summary>
    public static IApplicationBuilder UseFirstRunSetup(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var owners = http.RequestServices.GetRequiredService<OwnerService>();
        var path = http.Request.Path;
        var isSetup = path.Equals("/setup", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/account/setup");
        if (owners.HasOwner && isSetup)
        {
            // The setup page's progress poll can be in flight as the owner is created: it gets an empty 204 (nothing to
            // tell, and not an error the browser logs); everything else about setup is gone.
            http.Response.StatusCode = path.StartsWithSegments(SellerConsole.Shell.SetupProgress.Path)
                ? StatusCodes.Status204NoContent : StatusCodes.Status404NotFound;
            return;
        }
        if (!owners.HasOwner && !isSetup && HttpMethods.IsGet(http.Request.Method) && IsPageRequest(http.Request))
        {
            http.Response.Redirect("/setup");
            return;
        }
        await next(http);
    });

    private static bool IsPageRequest(HttpRequest request) =>
        !SecurityModule.IsApi(request) && !Path.HasExtension(request.Path.Value) &&
        !request.Path.StartsWithSegments("/_framework") && !request.Path.StartsWithSegments("/_content") &&
        !request.Path.StartsWithSegments("/_blazor") && !request.Path.StartsWithSegments("/healthz") &&
        !SecurityModule.IsSandboxEndpoint(request);
}
