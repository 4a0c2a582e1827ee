using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

/// <summary>
/// The in-memory test server has no client address; this lets a test say which address a request comes
/// from (the TCP peer, before any forwarded-header handling), to act as several people at once.
/// </summary>
public static class PeerAddress
{
    public const string Header = "X-Test-Peer";

    public static WebApplicationFactory<Program> WithPeers(this SellerAppFactory app) =>
        app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerFilter>()));

    public static HttpClient ClientFrom(this WebApplicationFactory<Program> app, string address)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("http://localhost") });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class PeerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, following) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var peer))
                {
                    http.Connection.RemoteIpAddress = peer;
                }
                return following(http);
            });
            next(app);
        };
    }
}
