using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SellerConsole.Automation.Engine;

namespace SellerConsole.Automation.Actions;

/// <summary>
/// Posts a rule's JSON to its webhook over HTTPS, signed: <c>X-SellerConsole-Signature: sha256=hex(HMAC-SHA256(secret,
/// timestamp + "." + body))</c> with <c>X-SellerConsole-Timestamp</c> (Unix seconds) so a receiver can reject replays.
/// Network errors, 429 and 5xx are retried with back-off under the same delivery id; a refused address never is.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory http, HostResolver resolver, IOptions<AutomationOptions> options, TimeProvider clock, ILogger<WebhookSender> log)
{
    public const string HttpClientName = "automation-webhook";
    public const string SignatureHeader = "X-SellerConsole-Signature";
    public const string TimestampHeader = "X-SellerConsole-Timestamp";
    public const string DeliveryHeader = "X-SellerConsole-Delivery";

    public async Task<string> SendAsync(string url, string secret, string json, CancellationToken ct)
    {
        if (WebhookUrl.Problem(url) is { } problem) throw new WebhookRefusedException(problem);
        var uri = new Uri(url.Trim());
        await resolver.SafeAddressesAsync(uri.IdnHost, ct);

        var delivery = Guid.NewGuid().ToString("N");
        var delays = options.Value.WebhookRetryDelaysMs;
        for (var attempt = 1; ; attempt++)
        {
            string failure;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
                var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
                request.Headers.Add(TimestampHeader, timestamp);
                request.Headers.Add(SignatureHeader, "sha256=" + Sign(secret, timestamp, json));
                request.Headers.Add(DeliveryHeader, delivery);
                using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
                if (response.IsSuccessStatusCode) return $"webhook {uri.Host} answered {(int)response.StatusCode} (attempt {attempt})";
                failure = $"{uri.Host} answered {(int)response.StatusCode} {response.ReasonPhrase}";
                if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests) throw new HttpRequestException(failure + "; not retried");
            }
            catch (HttpRequestException ex) when (ex.InnerException is WebhookRefusedException refused)
            {
                throw refused;
            }
            catch (HttpRequestException ex) when (!ex.Message.EndsWith("not retried", StringComparison.Ordinal))
            {
                failure = ex.Message;
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                failure = $"{uri.Host} did not answer in time";
            }
            if (attempt > delays.Length) throw new HttpRequestException($"{failure} (gave up after {attempt} attempts)");
            log.LogWarning("Webhook to {Host} failed (attempt {Attempt}): {Failure}; retrying", uri.Host, attempt, failure);
            await Task.Delay(TimeSpan.FromMilliseconds(delays[attempt - 1]), ct);
        }
    }

    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));

    /// <summary>The real connection: resolves again and connects only to an address that passed the check.</summary>
    public static SocketsHttpHandler GuardedHandler(HostResolver resolver) => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await resolver.SafeAddressesAsync(context.DnsEndPoint.Host, ct);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
