using Microsoft.AspNetCore.Diagnostics;
using SellerConsole.Security;

namespace SellerConsole.Shell;

public static class ErrorPages
{
    /// <summary>
    /// API callers get RFC 7807 problem details; people get the Error and Not found pages.
    /// </summary>
    public static WebApplication UseSellerErrorPages(this WebApplication app)
    {
        app.UseWhen(http => SecurityModule.IsApi(http.Request), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(http => !SecurityModule.IsApi(http.Request), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", CreateScopeForErrors = true });
            // A fresh scope: the page that set the 404 already initialised its own NavigationManager.
            pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
            // Re-executing a form post into the Not found page would re-run antiforgery on it (a 400).
            pages.Use((http, next) =>
            {
                if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) &&
                    http.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
                {
                    statusPages.Enabled = false;
                }
                return next(http);
            });
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        return app;
    }
}
