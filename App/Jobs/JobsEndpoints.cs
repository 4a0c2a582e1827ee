using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace SellerConsole.Jobs;

public static class JobsEndpoints
{
    public const string DashboardPath = "/jobs/hangfire";

    /// <summary>
    /// Hangfire's dashboard at /jobs/hangfire, for the signed-in owner only. The endpoint policy takes the
    /// owner's cookie alone (an anonymous visitor is sent to /login, an API bearer token is not even read),
    /// and the dashboard's own filter checks again, replacing Hangfire's default that lets any local request in.
    /// </summary>
    public static IEndpointConventionBuilder MapSellerJobs(this IEndpointRouteBuilder endpoints)
    {
        var ownerCookie = new AuthorizationPolicyBuilder(CookieAuthenticationDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .Build();
        var options = new DashboardOptions
        {
            AppPath = "/jobs",
            DashboardTitle = "SellerConsole jobs",
            DisplayStorageConnectionString = false,
            Authorization = [new OwnerCookieFilter()],
            AsyncAuthorization = [],
        };
        return endpoints.MapHangfireDashboard(DashboardPath, options, endpoints.ServiceProvider.GetRequiredService<JobStorage>())
            .RequireAuthorization(ownerCookie);
    }

    private sealed class OwnerCookieFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.Identities.Any(i =>
                i.IsAuthenticated && i.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
