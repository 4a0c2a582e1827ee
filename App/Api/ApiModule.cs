using Microsoft.OpenApi;
using SellerConsole.Competition;
using SellerConsole.Costing.Api;
using SellerConsole.Scoring.Api;
using SellerConsole.Orders;
using SellerConsole.Security;

namespace SellerConsole.Api;

public static class ApiModule
{
    public const string OpenApiPath = "/openapi/{documentName}.json";

    public static IServiceCollection AddSellerApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // Bad input (a missing antiforgery token, an unparsable id) is the caller's 400, in every environment.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "SellerConsole API",
                Version = "v1",
                Description = "Authenticate with 'Authorization: Bearer <token>': personal access tokens are created in Settings > API tokens, " +
                    "read-only (GET and HEAD) or read-write, optionally expiring; they work on /api only. The sign-in cookie works too, but a call " +
                    "that changes data with it must come from the console's own origin (Origin header) or carry an antiforgery token in the " +
                    $"'RequestVerificationToken' header. Request bodies are limited ({BodyLimits.Default.Text}; imports {BodyLimits.Import.Text}): a larger one is a 413. " +
                    "Errors are RFC 7807 problem details.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A personal access token (sc_..., read-only or read-write) or the configured Api:BootstrapToken (read-write).",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapSellerApi(this IEndpointRouteBuilder app)
    {
        // An endpoint (not middleware), so the sign-in requirement covers the document too.
        app.MapOpenApi(OpenApiPath);
        app.MapHealthEndpoint();

        var v1 = app.MapGroup("/api/v1").RequireAuthorization();
        v1.MapJobsApi();
        v1.MapAuditApi();
        v1.MapAlertsApi();
        v1.MapCatalogApi();
        v1.MapOrdersExport();
        v1.MapMarketplaceApi();
        v1.MapCostingApi();
        v1.MapCompetitionApi();
        v1.MapScoringApi();
        v1.MapRepricingApi();
        v1.MapBacktestApi();
        v1.MapReportsApi();
        return app;
    }
}
