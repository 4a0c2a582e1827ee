using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using SellerConsole.Jobs;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Jobs;

public sealed class HangfireDashboardTests : IClassFixture<SharedAppFactory>
{
    private readonly SharedAppFactory _app;

    public HangfireDashboardTests(SharedAppFactory app) => _app = app;

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page_not_the_dashboard()
    {
        var client = _app.CreateAnonymousClient();

        var response = await client.GetAsync(JobsEndpoints.DashboardPath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_local_request_without_sign_in_is_refused_too()
    {
        // Hangfire's default filter lets any request from 127.0.0.1 in; ours must not.
        var context = await _app.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = JobsEndpoints.DashboardPath + "/recurring";
            c.Connection.RemoteIpAddress = IPAddress.Loopback;
            c.Connection.LocalIpAddress = IPAddress.Loopback;
        });

        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        Assert.Contains("/login", context.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task An_api_bearer_token_does_not_open_the_dashboard()
    {
        var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SellerAppFactory.BootstrapToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/jobs")).StatusCode); // the token itself works

        var response = await client.GetAsync(JobsEndpoints.DashboardPath);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Hangfire", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_signed_in_owner_sees_the_dashboard_with_every_schedule_page()
    {
        var client = await _app.CreateSignedInClientAsync();

        var home = await client.GetAsync(JobsEndpoints.DashboardPath);
        var recurring = await client.GetAsync(JobsEndpoints.DashboardPath + "/recurring");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("SellerConsole jobs", await home.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
    }
}
