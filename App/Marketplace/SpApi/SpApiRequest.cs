using System.Text;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// What to send, rebuilt into a fresh <see cref="HttpRequestMessage"/> per attempt. Paths are
/// relative to the base URL (which may itself have a path, as the Sandbox's does).
/// </summary>
internal sealed record SpApiRequest(
    HttpMethod Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    byte[]? Body = null,
    string? ContentType = null,
    Uri? AbsoluteUrl = null,
    string Accept = "application/json")
{
    public const string UserAgent = "SellerConsole/1.0 (Language=C#)";

    public static SpApiRequest Get(string path, params (string Name, string? Value)[] query) =>
        new(HttpMethod.Get, path, Pairs(query));

    public static SpApiRequest WithJson(HttpMethod method, string path, byte[] body, params (string Name, string? Value)[] query) =>
        new(method, path, Pairs(query), body, "application/json");

    /// <summary>A pre-signed URL on another host: sent as given, without the access token.</summary>
    public static SpApiRequest Download(Uri url) => new(HttpMethod.Get, "", [], AbsoluteUrl: url, Accept: "*/*");

    /// <summary>One path segment (a SKU may hold '/', spaces or '#').</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    public Uri Resolve(Uri baseUrl)
    {
        if (AbsoluteUrl is not null)
        {
            return AbsoluteUrl;
        }
        var text = new StringBuilder(baseUrl.AbsoluteUri.TrimEnd('/')).Append(Path);
        for (var i = 0; i < Query.Count; i++)
        {
            text.Append(i == 0 ? '?' : '&')
                .Append(Uri.EscapeDataString(Query[i].Key)).Append('=').Append(Uri.EscapeDataString(Query[i].Value));
        }
        return new Uri(text.ToString());
    }

    public HttpRequestMessage Build(Uri baseUrl, string? accessToken)
    {
        var message = new HttpRequestMessage(Method, Resolve(baseUrl));
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", Accept);
        if (accessToken is not null)
        {
            message.Headers.TryAddWithoutValidation("x-amz-access-token", accessToken);
        }
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType ?? "application/json");
        }
        return message;
    }

    private static KeyValuePair<string, string>[] Pairs((string Name, string? Value)[] query) =>
        [.. query.Where(q => q.Value is not null).Select(q => new KeyValuePair<string, string>(q.Name, q.Value!))];
}

/// <summary>A buffered answer: status, body bytes and the Content-Type charset, if any.</summary>
internal sealed record SpApiResponse(int Status, byte[] Body, string? Charset)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
