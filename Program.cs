using Microsoft.Extensions.Options;
using SellerConsole.Alerts;
using SellerConsole.Api;
using SellerConsole.Automation;
using SellerConsole.Bench;
using SellerConsole.Catalog;
using SellerConsole.Competition;
using SellerConsole.Costing;
using SellerConsole.Data;
using SellerConsole.Digests;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Pricing;
using SellerConsole.Reports;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.Sandbox;
using SellerConsole.Operations;
using SellerConsole.Scoring;
using SellerConsole.Security;
using SellerConsole.Shell;

if (BenchCommand.IsBench(args))
{
    return await BenchCommand.RunAsync(args, Console.Out);
}
if (SellerConsole.Data.ToPostgres.MigrateToPostgresCommand.Is(args))
{
    return await SellerConsole.Data.ToPostgres.MigrateToPostgresCommand.RunAsync(args, Console.Out);
}

// A UK console: £, dd/MM/yyyy and UK number formats everywhere, whatever the server's locale.
System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

var builder = WebApplication.CreateBuilder(args);
builder.AddSellerLogging();
builder.Services
    .AddSellerShell(builder.Environment)
    .AddSellerData(builder.Configuration)
    .AddSellerMarketplace(builder.Configuration)
    .AddSellerSandbox(builder.Configuration)
    .AddSellerCatalog()
    .AddSellerCosting()
    .AddSellerReports()
    .AddSellerCompetition(builder.Configuration)
    .AddSellerScoring()
    .AddSellerPricing(builder.Configuration)
    .AddSellerSecurity(builder.Configuration)
    .AddSellerAlerts()
    .AddSellerJobs(builder.Configuration)
    .AddSellerAutomation(builder.Configuration)
    .AddSellerDigests()
    .AddSellerApi()
    .AddSellerOperations(builder.Configuration);
// On PostgreSQL several nodes may run: what one publishes reaches pages open on the others (LISTEN/NOTIFY).
if (DatabaseProviders.From(builder.Configuration) == DatabaseProvider.Postgres)
{
    builder.Services.AddPostgresLiveBridge(builder.Configuration.GetConnectionString("Seller")!);
}

var app = builder.Build();
await app.Services.InitializeSellerDataAsync();
await app.Services.GetRequiredService<OwnerService>()
    .EnsureConfiguredOwnerAsync(app.Services.GetRequiredService<IOptions<OwnerOptions>>().Value, CancellationToken.None);

app.UseSecurityHeaders();
app.UseTrustedProxies();
app.UseSellerErrorPages();
app.UseSellerRequestLogging();
app.UseSellerMetrics();
app.UseRouting();
app.UseRequestBodyLimits();
app.UseRateLimiter();
app.UseAuthentication();
app.UseApiTokenScopes();
app.UseCrossSiteRequestCheck();
app.UseFirstRunSetup();
app.UseAuthorization();
app.UseAntiforgery();

app.MapSandbox();
if (NodeOptions.Read(app.Configuration) == NodeRole.Worker)
{
    // Node:Role=worker runs jobs only: no pages or API, just /healthz (and the Sandbox its jobs call).
    app.MapHealthEndpoint();
}
else
{
    app.MapStaticAssets().AllowAnonymous();
    app.MapAccountEndpoints();
    app.MapSetupProgress();
    app.MapSellerApi();
    app.MapSellerAutomation();
    app.MapSellerJobs();
    app.MapDigestsApi();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode().AllowAnonymousFrameworkFiles();
}

await app.RunAsync();
return 0;

public partial class Program;
