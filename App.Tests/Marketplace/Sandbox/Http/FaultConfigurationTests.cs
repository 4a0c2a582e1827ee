using System.Net;
using SellerConsole.Marketplace.Sandbox.Http;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

public sealed class FaultConfigurationTests
{
    [Fact]
    public async Task Faults_from_configuration_are_active_at_start_and_the_error_sequence_repeats_with_the_seed()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sandbox:Faults:ErrorRate"] = "0.5",
            ["Sandbox:Faults:Seed"] = "42",
            ["Sandbox:Faults:StormsUntilUtc:getOrder"] = SandboxApp.Start.AddHours(1).UtcDateTime.ToString("O"),
        };
        using var first = new SandboxApp(settings);
        using var second = new SandboxApp(settings);

        var a = await StatusesAsync(first);
        var b = await StatusesAsync(second);

        Assert.Equal(a, b);
        Assert.Contains(500, a);
        Assert.Contains(429, a);
    }

    private static async Task<List<int>> StatusesAsync(SandboxApp app)
    {
        await app.WorldAsync();
        var faults = app.Service<SandboxFaults>();
        var errorRate = faults.ErrorRate;
        faults.ErrorRate = 0;
        var client = await app.ClientAsync();
        faults.ErrorRate = errorRate;
        var statuses = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            app.Advance(TimeSpan.FromSeconds(1));
            using var response = await client.SendAsync(HttpMethod.Get, $"/orders/2026-01-01/orders/{i}");
            statuses.Add((int)response.StatusCode);
        }
        return statuses;
    }
}
