using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

/// <summary>
/// The app in memory in Sandbox mode with a small world, its manual clock set to a fixed instant before
/// the world is built, so two apps with the same settings build the same world.
/// </summary>
public sealed class SandboxApp : SellerAppFactory
{
    public const int SmallWorld = 40;

    /// <summary>A fixed instant one day after the factory's fixed start, whatever the real date.</summary>
    public static readonly DateTimeOffset Start = DefaultStart.AddDays(1);

    public SandboxApp(IDictionary<string, string?>? settings = null, string? dataDirectory = null)
        : base(Settings(settings, dataDirectory))
    {
        Clock.SetUtcNow(Start);
    }

    public Task<SandboxClient> ClientAsync() => SandboxClient.SignInAsync(CreateSandboxCallerClient());

    public async Task<SandboxWorld> WorldAsync() => await Service<SandboxMarket>().ReadyAsync(CancellationToken.None);

    public void Advance(TimeSpan by) => Clock.Advance(by);

    private static Dictionary<string, string?> Settings(IDictionary<string, string?>? settings, string? dataDirectory)
    {
        var all = new Dictionary<string, string?>
        {
            ["Marketplace:Mode"] = "Sandbox",
            ["Sandbox:Listings"] = SmallWorld.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (dataDirectory is not null) all["Data:Directory"] = dataDirectory;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        return all;
    }
}

/// <summary>One Sandbox app shared by a test class.</summary>
public sealed class SharedSandboxApp : IDisposable
{
    public SandboxApp App { get; } = new();

    public void Dispose() => App.Dispose();
}

/// <summary>A shared Sandbox app that applies every accepted patch (no silent drops).</summary>
public sealed class SharedSandboxAppWithoutDrops : IDisposable
{
    public SandboxApp App { get; } = new(new Dictionary<string, string?> { ["Sandbox:SilentDropRate"] = "0" });

    public void Dispose() => App.Dispose();
}
