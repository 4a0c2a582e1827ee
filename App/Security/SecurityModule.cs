using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SellerConsole.Data;

namespace SellerConsole.Security;

public static class SecurityModule
{
    /// <summary>Chooses the bearer handler when an Authorization header is present, else the cookie.</summary>
    public const string SmartScheme = "SellerConsole";

    public static IServiceCollection AddSellerSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OwnerOptions>().Bind(configuration.GetSection(OwnerOptions.Section))
            .Validate(o => string.IsNullOrEmpty(o.Password) || o.Password.Length >= SignInOptions.MinimumPasswordLength,
                $"Owner:Password must be at least {SignInOptions.MinimumPasswordLength} characters")
            .Validate(o => string.IsNullOrWhiteSpace(o.Email) == string.IsNullOrEmpty(o.Password),
                "Owner:Email and Owner:Password must be set together")
            .ValidateOnStart();
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section))
            .Validate(o => string.IsNullOrEmpty(o.BootstrapToken) || o.BootstrapToken.Length >= 32,
                "Api:BootstrapToken must be at least 32 characters")
            .ValidateOnStart();
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection(SignInOptions.Section))
            .Validate(o => o.PermitLimit > 0 && o.WindowSeconds > 0, "SignIn:PermitLimit and SignIn:WindowSeconds must be positive")
            .Validate(o => o.FreeAttempts > 0 && o.FirstDelaySeconds > 0 && o.MaxDelayMinutes > 0,
                "SignIn:FreeAttempts, SignIn:FirstDelaySeconds and SignIn:MaxDelayMinutes must be positive")
            .Validate(o => o.GlobalFailureCeiling > 0 && o.GlobalWindowMinutes > 0, "SignIn:GlobalFailureCeiling and SignIn:GlobalWindowMinutes must be positive")
            .Validate(o => o.RecentSignInMinutes is > 0 and <= 24 * 60, "SignIn:RecentSignInMinutes must be between 1 and 1440")
            .Validate(o => o.SessionHours is > 0 and <= 24 * 30, "SignIn:SessionHours must be between 1 and 720")
            .ValidateOnStart();

        services.AddTrustedProxies(configuration);
        AddSecretProtection(services, configuration);
        // A year, subdomains included (UseHsts sends it outside Development, on HTTPS only).
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        services.AddSingleton<IPasswordHasher<Owner>, PasswordHasher<Owner>>();
        services.AddSingleton<OwnerService>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<ApiTokenService>();
        services.AddSingleton<OwnerSessions>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<OwnerConfirmation>();
        services.AddSingleton<SettingsStore>();

        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<SignInOptions>>(ConfigureCookie);

        // Everything needs the owner's sign-in unless an endpoint explicitly allows anonymous access.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, OwnerRevalidatingStateProvider>();

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AccountEndpoints.RateLimitPolicy, http =>
            {
                var settings = http.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitLimit, Window = TimeSpan.FromSeconds(settings.WindowSeconds), QueueLimit = 0 });
            });
            limiter.OnRejected = (context, token) =>
            {
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                return new ValueTask(context.HttpContext.Response.WriteAsync(
                    "<!DOCTYPE html><title>Too many attempts</title><p>Too many sign-in attempts from this address. Wait a minute, then <a href=\"/login\">try again</a>.</p>", token));
            };
        });
        return services;
    }

    private static void AddSecretProtection(IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName("SellerConsole").ProtectKeysIfConfigured(configuration);
        if (DatabaseProviders.From(configuration) == DatabaseProvider.Postgres)
        {
            // Every node reads the same keys, so a sign-in cookie and the stored secrets work on all of them.
            protection.PersistKeysToDbContext<PostgresSellerDb>();
            return;
        }
        // Keys live in the data directory so secrets survive restarts and move with the data.
        services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<DataOptions>, ILoggerFactory>((options, data, loggers) =>
                options.XmlRepository = new FileSystemXmlRepository(PrivateDirectory.Create(data.Value.KeysPath), loggers));
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie, IOptions<SignInOptions> signIn)
    {
        cookie.Cookie.Name = "SellerConsole.Auth";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.SlidingExpiration = true;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(signIn.Value.SessionHours);
        cookie.LoginPath = "/login";
        cookie.AccessDeniedPath = "/login";
        cookie.Events.OnRedirectToLogin = context => IsApi(context.Request) ? WriteProblem(context.HttpContext, 401) : Redirect(context);
        cookie.Events.OnRedirectToAccessDenied = context => IsApi(context.Request) ? WriteProblem(context.HttpContext, 403) : Redirect(context);
        cookie.Events.OnValidatePrincipal = ValidateSessionAsync;
    }

    /// <summary>
    /// A password change replaces the security stamp and a sign-out ends the session id: either way the
    /// cookie stops working on the server, not just in the browser that dropped it.
    /// </summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var owner = services.GetRequiredService<OwnerService>().Current;
        var stamp = context.Principal?.FindFirst(AccountEndpoints.StampClaim)?.Value;
        if (owner is null || stamp != owner.SecurityStamp ||
            !await services.GetRequiredService<OwnerSessions>().IsActiveAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    internal static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task WriteProblem(HttpContext http, int status) =>
        Results.Problem(statusCode: status, title: status == 401 ? "Unauthorized" : "Forbidden",
            detail: status == 401 ? "Sign in, or send 'Authorization: Bearer <token>'." : "Not allowed.").ExecuteAsync(http);

    /// <summary>The Sandbox's machine endpoints (/sandbox/sp-api/..., /sandbox/lwa/...); /sandbox itself is a page.</summary>
    internal static bool IsSandboxEndpoint(HttpRequest request) =>
        request.Path.StartsWithSegments("/sandbox", StringComparison.OrdinalIgnoreCase, out var rest) && rest.HasValue && rest.Value != "/";
}
