using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using SellerConsole.Costing.Import;

namespace SellerConsole.Security;

/// <summary>The most an endpoint reads from a request body, and what that limit is for (named in the 413).</summary>
public sealed record BodyLimit(long Bytes, string For) : IRequestSizeLimitMetadata
{
    long? IRequestSizeLimitMetadata.MaxRequestBodySize => Bytes;

    public string Text => Bytes % (1024 * 1024) == 0 ? $"{Bytes / 1024 / 1024} MB" : $"{Bytes / 1024.0 / 1024.0:0.#} MB";
}

/// <summary>
/// Every request body limit in one place. An endpoint states a larger one with <see cref="WithBodyLimit{TBuilder}"/>;
/// everything else gets <see cref="Default"/>. A body over its limit is refused before it is read (by its
/// Content-Length) or as soon as it passes the limit (chunked), with a 413 problem that names the limit,
/// never a bare 413 or a 500.
/// </summary>
public static class BodyLimits
{
    /// <summary>JSON calls, sign-in forms, the Sandbox's SP-API and Keepa calls: all far smaller.</summary>
    public static readonly BodyLimit Default = new(1024 * 1024, "a request to this console");

    /// <summary>A costing import: the largest file an import reads, plus room for the multipart form around it.</summary>
    public static readonly BodyLimit Import = new(UploadLimits.MaxFileBytes + 1024 * 1024,
        $"an import upload (a file of at most {UploadLimits.Megabytes(UploadLimits.MaxFileBytes)})");

    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, BodyLimit limit) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(limit);

    /// <summary>After routing (the endpoint's own limit is known), before anything reads the body.</summary>
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>() ?? Default;
        if (http.Request.ContentLength > limit.Bytes)
        {
            await TooLargeAsync(http, limit);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            server.MaxRequestBodySize = limit.Bytes;
        }
        if (http.Request.ContentLength is null or > 0 && !CrossSiteRequests.IsSafe(http.Request.Method))
        {
            http.Request.Body = new LimitedBody(http.Request.Body, limit.Bytes);
        }
        try
        {
            await next(http);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !http.Response.HasStarted)
        {
            await TooLargeAsync(http, limit);
            return;
        }
        // Form binding answers an oversized body with a bare 413 status: give it the problem body.
        if (http.Response.StatusCode == StatusCodes.Status413PayloadTooLarge && !http.Response.HasStarted)
        {
            await TooLargeAsync(http, limit);
        }
    });

    private static Task TooLargeAsync(HttpContext http, BodyLimit limit)
    {
        http.Response.Clear();
        return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
            detail: $"The body is larger than {limit.Text}, the limit for {limit.For}.",
            extensions: new Dictionary<string, object?> { ["limitBytes"] = limit.Bytes }).ExecuteAsync(http);
    }

    /// <summary>Counts what is read; past the limit it fails the way Kestrel does, so both end in the same 413.</summary>
    private sealed class LimitedBody(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge) : read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
