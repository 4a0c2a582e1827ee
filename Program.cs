using SellerConsole.Bench;
using SellerConsole.Shell;

if (BenchCommand.IsBench(args))
{
    return await BenchCommand.RunAsync(args, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
await app.RunAsync();
return 0;

public partial class Program;
