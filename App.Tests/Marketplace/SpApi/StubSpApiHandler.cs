using System.Net;
using System.Text;
using System.Web;

namespace SellerConsole.Tests.Marketplace.SpApi;

/// <summary>
/// Answers SP-API and LWA requests by route (method + path, '*' suffix for a prefix) from scripted
/// one-off answers first, then a standing answer; records every request with the test clock's time.
/// </summary>
internal sealed class StubSpApiHandler(TimeProvider clock, string basePath) : HttpMessageHandler
{
    public delegate Task<HttpResponseMessage> Responder(Seen request, CancellationToken cancellationToken);

    private readonly object _gate = new();
    private readonly List<Seen> _seen = [];
    private readonly List<Route> _routes = [];
    private int _tokens;

    public sealed record Seen(
        HttpMethod Method, Uri Uri, string Path, IReadOnlyDictionary<string, string> Query,
        string? AccessToken, string? UserAgent, string? Accept, string? ContentType, string Body, DateTimeOffset At);

    public IReadOnlyList<Seen> Requests
    {
        get { lock (_gate) { return [.. _seen]; } }
    }

    public int Count(string path) => Requests.Count(r => Matches(path, r.Path));

    public IReadOnlyList<Seen> To(string path) => [.. Requests.Where(r => Matches(path, r.Path))];

    /// <summary>LWA answers a new token each time: "Atza|token-1", "Atza|token-2"…</summary>
    public StubSpApiHandler Lwa(int expiresIn = 3600) => Always(HttpMethod.Post, SpApiHarness.LwaPath, _ =>
    {
        var n = Interlocked.Increment(ref _tokens);
        return Json(200, $$"""{"access_token":"Atza|token-{{n}}","token_type":"bearer","expires_in":{{expiresIn}},"refresh_token":"{{SpApiHarness.RefreshToken}}"}""");
    });

    public StubSpApiHandler Always(HttpMethod method, string path, Func<Seen, HttpResponseMessage> answer) =>
        Add(method, path, (r, _) => Task.FromResult(answer(r)), once: false);

    public StubSpApiHandler Once(HttpMethod method, string path, Func<Seen, HttpResponseMessage> answer) =>
        Add(method, path, (r, _) => Task.FromResult(answer(r)), once: true);

    public StubSpApiHandler Once(HttpMethod method, string path, Responder answer) => Add(method, path, answer, once: true);

    /// <summary>The same answer <paramref name="times"/> times.</summary>
    public StubSpApiHandler Times(int times, HttpMethod method, string path, Func<Seen, HttpResponseMessage> answer)
    {
        for (var i = 0; i < times; i++)
        {
            Once(method, path, answer);
        }
        return this;
    }

    /// <summary>Never answers: only cancellation (the per-attempt timeout) ends it.</summary>
    public static async Task<HttpResponseMessage> Hang(Seen request, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    public static HttpResponseMessage Json(int status, string json) =>
        new((HttpStatusCode)status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Error(int status, string code, string message, string details = "") =>
        Json(status, $$"""{"errors":[{"code":"{{code}}","message":"{{message}}","details":"{{details}}"}]}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var uri = request.RequestUri!;
        var path = uri.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal) ? uri.AbsolutePath[basePath.Length..] : uri.AbsolutePath;
        var query = HttpUtility.ParseQueryString(uri.Query);
        var seen = new Seen(request.Method, uri, path,
            query.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => query[k]!),
            Header(request, "x-amz-access-token"), request.Headers.UserAgent.ToString(), Header(request, "Accept"),
            request.Content?.Headers.ContentType?.ToString(), body, clock.GetUtcNow());
        Responder responder;
        lock (_gate)
        {
            _seen.Add(seen);
            var route = _routes.FirstOrDefault(r => r.Method == request.Method && Matches(r.Path, path) && (r.Once.Count > 0 || r.Always is not null))
                ?? throw new InvalidOperationException($"No answer scripted for {request.Method} {path}");
            responder = route.Once.Count > 0 ? route.Once.Dequeue() : route.Always!;
        }
        return await responder(seen, cancellationToken);
    }

    private static bool Matches(string pattern, string path) =>
        pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : path == pattern;

    private static string? Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    private StubSpApiHandler Add(HttpMethod method, string path, Responder answer, bool once)
    {
        lock (_gate)
        {
            var route = _routes.FirstOrDefault(r => r.Method == method && r.Path == path);
            if (route is null)
            {
                route = new Route(method, path);
                _routes.Add(route);
            }
            if (once)
            {
                route.Once.Enqueue(answer);
            }
            else
            {
                route.Always = answer;
            }
        }
        return this;
    }

    private sealed class Route(HttpMethod method, string path)
    {
        public HttpMethod Method => method;

        public string Path => path;

        public Queue<Responder> Once { get; } = new();

        public Responder? Always { get; set; }
    }
}
