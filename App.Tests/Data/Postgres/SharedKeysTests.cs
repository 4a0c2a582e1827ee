using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Data.Postgres;

/// <summary>Two nodes on one PostgreSQL database, each with its own data directory: the keys are in the database.</summary>
public sealed class SharedKeysTests
{
    [Fact]
    public Task A_sign_in_cookie_and_a_secret_made_on_one_node_work_on_another() => TestDatabase.OnPostgresAsync(async () =>
    {
        using var nodeA = new SellerAppFactory();
        var signedIn = nodeA.CreateAnonymousClient();
        var response = await signedIn.SignInAsync(SellerAppFactory.OwnerEmail, SellerAppFactory.OwnerPassword);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("SellerConsole.Auth=", StringComparison.Ordinal)).Split(';')[0];
        const string secret = "amzn1.oa2-cs.v1.shared-between-nodes";
        var saved = await nodeA.Service<SettingsStore>().SaveAsync("spapi",
            new Dictionary<string, string?> { [SettingsCatalog.SpApiClientSecret] = secret }, "owner:test", CancellationToken.None);
        Assert.True(saved.Succeeded);

        using var nodeB = new SellerAppFactory(new Dictionary<string, string?> { ["ConnectionStrings:Seller"] = nodeA.PostgresConnectionString });
        Assert.NotEqual(nodeA.DataDirectory, nodeB.DataDirectory);
        var client = nodeB.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var anonymous = await client.GetAsync("/");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        var withCookie = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withCookie.StatusCode);
        Assert.Equal(secret, await nodeB.Service<SettingsStore>().GetAsync(SettingsCatalog.SpApiClientSecret, CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(nodeA.DataDirectory, "keys")) && Directory.EnumerateFiles(Path.Combine(nodeA.DataDirectory, "keys")).Any(),
            "keys were written as files, not to the database");
    });
}
