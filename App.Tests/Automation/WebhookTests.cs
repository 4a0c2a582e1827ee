using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SellerConsole.Automation;
using SellerConsole.Automation.Actions;
using SellerConsole.Automation.Engine;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Automation;

public sealed class WebhookTests
{
    private static readonly IPAddress Public = IPAddress.Parse("93.184.216.34");

    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.0.0.5/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://172.20.0.1/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("http://hooks.example.com/hook")]
    [InlineData("https://user:pw@hooks.example.com/hook")]
    public async Task Webhooks_to_this_machine_private_networks_or_plain_http_are_refused_before_anything_is_sent(string url)
    {
        var handler = new StubHandler(HttpStatusCode.OK);
        var sender = Sender(handler, (_, _) => Task.FromResult(new[] { Public }));

        var refused = await Assert.ThrowsAsync<WebhookRefusedException>(() => sender.SendAsync(url, "secret", "{}", CancellationToken.None));

        Assert.NotEmpty(refused.Message);
        Assert.Empty(handler.Requests);
        Assert.NotNull(WebhookUrl.Problem(url) ?? (url.Contains("localhost") ? "localhost" : null));
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("127.0.0.53")]
    [InlineData("169.254.169.254")]
    [InlineData("fd12:3456::1")]
    [InlineData("::1")]
    public async Task A_public_name_that_resolves_to_a_private_address_is_refused_at_send_time(string resolved)
    {
        var handler = new StubHandler(HttpStatusCode.OK);
        var sender = Sender(handler, (_, _) => Task.FromResult(new[] { Public, IPAddress.Parse(resolved) }));

        Assert.Null(WebhookUrl.Problem("https://rebind.example.com/hook"));
        var refused = await Assert.ThrowsAsync<WebhookRefusedException>(() => sender.SendAsync("https://rebind.example.com/hook", "s", "{}", CancellationToken.None));

        Assert.Contains(resolved, refused.Message);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task The_connection_itself_checks_the_address_again_so_a_rebinding_after_the_first_check_is_refused()
    {
        var lookups = 0;
        // The first lookup (the pre-send check) answers a public address, the connection's own lookup a loopback one.
        var resolver = new HostResolver((_, _) => Task.FromResult(new[] { ++lookups == 1 ? Public : IPAddress.Loopback }));
        using var client = new HttpClient(WebhookSender.GuardedHandler(resolver));
        var sender = new WebhookSender(new Factory(client), resolver, Options.Create(new AutomationOptions { WebhookRetryDelaysMs = [] }),
            TimeProvider.System, NullLogger<WebhookSender>.Instance);

        var refused = await Assert.ThrowsAsync<WebhookRefusedException>(() => sender.SendAsync("https://rebind.example.com/hook", "s", "{}", CancellationToken.None));

        Assert.Contains("127.0.0.1", refused.Message);
        Assert.Equal(2, lookups);
    }

    [Fact]
    public async Task A_webhook_is_signed_with_hmac_sha256_over_the_timestamp_and_body()
    {
        var handler = new StubHandler(HttpStatusCode.NoContent);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var sender = Sender(handler, (_, _) => Task.FromResult(new[] { Public }), clock);

        var outcome = await sender.SendAsync("https://hooks.example.com/in", "s3cret", "{\"a\":1}", CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("1795424400", request.Timestamp);
        // Worked independently: HMAC-SHA256(key "s3cret", "1795424400.{\"a\":1}").
        using var hmac = new System.Security.Cryptography.HMACSHA256("s3cret"u8.ToArray());
        var expected = Convert.ToHexStringLower(hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes("1795424400.{\"a\":1}")));
        Assert.Equal("sha256=" + expected, request.Signature);
        Assert.Equal("{\"a\":1}", request.Body);
        Assert.Contains("answered 204", outcome);
    }

    [Fact]
    public async Task A_failing_webhook_is_retried_with_the_same_delivery_id_and_gives_up_with_the_reason()
    {
        var handler = new StubHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.BadGateway, HttpStatusCode.OK);
        var sender = Sender(handler, (_, _) => Task.FromResult(new[] { Public }));

        Assert.Contains("attempt 3", await sender.SendAsync("https://hooks.example.com/in", "s", "{}", CancellationToken.None));
        Assert.Single(handler.Requests.Select(r => r.Delivery).Distinct());

        var down = new StubHandler(HttpStatusCode.InternalServerError);
        var failed = await Assert.ThrowsAsync<HttpRequestException>(() => Sender(down, (_, _) => Task.FromResult(new[] { Public }))
            .SendAsync("https://hooks.example.com/in", "s", "{}", CancellationToken.None));
        Assert.Contains("gave up after 3 attempts", failed.Message);
        Assert.Equal(3, down.Requests.Count);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        var handler = new StubHandler(HttpStatusCode.Unauthorized);
        await Assert.ThrowsAsync<HttpRequestException>(() => Sender(handler, (_, _) => Task.FromResult(new[] { Public }))
            .SendAsync("https://hooks.example.com/in", "s", "{}", CancellationToken.None));
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700::1111", true)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("2002:c0a8:0101::1", false)]
    [InlineData("::", false)]
    public void Address_policy_allows_public_addresses_only(string address, bool allowed) =>
        Assert.Equal(allowed, AddressPolicy.Refusal(IPAddress.Parse(address)) is null);

    private static WebhookSender Sender(StubHandler handler, Func<string, CancellationToken, Task<IPAddress[]>> resolve, TimeProvider? clock = null) =>
        new(new Factory(new HttpClient(handler)), new HostResolver(resolve), Options.Create(new AutomationOptions { WebhookRetryDelaysMs = [1, 1] }),
            clock ?? TimeProvider.System, NullLogger<WebhookSender>.Instance);

    private sealed class Factory(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }
}

/// <summary>Answers with the given statuses in turn (the last repeats) and records what it was sent.</summary>
public sealed class StubHandler(params HttpStatusCode[] statuses) : HttpMessageHandler
{
    public sealed record Seen(Uri Uri, string? Signature, string? Timestamp, string? Delivery, string Body);

    public List<Seen> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? Header(string name) => request.Headers.TryGetValues(name, out var v) ? v.Single() : null;
        lock (Requests)
        {
            Requests.Add(new Seen(request.RequestUri!, Header(WebhookSender.SignatureHeader), Header(WebhookSender.TimestampHeader),
                Header(WebhookSender.DeliveryHeader), request.Content is null ? "" : request.Content.ReadAsStringAsync(cancellationToken).Result));
        }
        await Task.Yield();
        return new HttpResponseMessage(statuses[Math.Min(Requests.Count - 1, statuses.Length - 1)]);
    }
}
