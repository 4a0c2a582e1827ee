using System.Net;
using System.Net.Http.Headers;
using System.Web;
using SellerConsole.Marketplace.Keepa;
using SellerConsole.Marketplace.Sandbox.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

/// <summary>Answers Keepa requests from a script, recording what was asked and when (on the test clock).</summary>
internal sealed class StubKeepaHandler(TimeProvider clock) : HttpMessageHandler
{
    private readonly object _gate = new();
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly List<(Uri Uri, DateTimeOffset At, string AcceptEncoding)> _requests = [];

    public IReadOnlyList<(Uri Uri, DateTimeOffset At, string AcceptEncoding)> Requests
    {
        get { lock (_gate) { return [.. _requests]; } }
    }

    public int Calls
    {
        get { lock (_gate) { return _requests.Count; } }
    }

    public static string[] Asins(Uri uri) => HttpUtility.ParseQueryString(uri.Query)["asin"]!.Split(',');

    /// <summary>200 with a gzipped body holding a small product for every requested ASIN.</summary>
    public StubKeepaHandler Products(int tokensLeft, int refillRate = 20, int refillInMs = 60_000, bool gzip = true) =>
        Then((request, _) =>
        {
            var asins = Asins(request.RequestUri!);
            var products = asins.Select(a => new KeepaHistoryBuilder(a).Pairs(KeepaSeries.Sales, (0, 1000), (60, 900)).Build()).ToList();
            var tokens = new KeepaWireTokens(clock.GetUtcNow().UtcDateTime, tokensLeft, refillInMs, refillRate, asins.Length);
            return Task.FromResult(Answer(HttpStatusCode.OK, KeepaWireEncoder.Encode(tokens, products, null), gzip));
        });

    public StubKeepaHandler Error(HttpStatusCode status, int tokensLeft, int refillInMs, string type, string message, int refillRate = 20) =>
        Then((_, _) => Task.FromResult(Answer(status, KeepaWireEncoder.EncodeError(
            new KeepaWireTokens(clock.GetUtcNow().UtcDateTime, tokensLeft, refillInMs, refillRate, 0), type, message), gzip: true)));

    public StubKeepaHandler Status(HttpStatusCode status, string body) =>
        Then((_, _) => Task.FromResult(Answer(status, System.Text.Encoding.UTF8.GetBytes(body), gzip: false)));

    /// <summary>Never answers: only cancellation ends it.</summary>
    public StubKeepaHandler Hang() =>
        Then(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });

    public StubKeepaHandler Throw(Func<HttpRequestMessage, Exception> error) =>
        Then((request, _) => Task.FromException<HttpResponseMessage>(error(request)));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> next;
        lock (_gate)
        {
            _requests.Add((request.RequestUri!, clock.GetUtcNow(), string.Join(",", request.Headers.AcceptEncoding)));
            next = _script.Count > 0 ? _script.Dequeue() : throw new InvalidOperationException("Unexpected extra request.");
        }
        return next(request, cancellationToken);
    }

    private StubKeepaHandler Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> step)
    {
        lock (_gate)
        {
            _script.Enqueue(step);
        }
        return this;
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, byte[] json, bool gzip)
    {
        var content = new ByteArrayContent(gzip ? KeepaWireEncoder.Gzip(json) : json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (gzip)
        {
            content.Headers.ContentEncoding.Add("gzip");
        }
        return new HttpResponseMessage(status) { Content = content };
    }
}
