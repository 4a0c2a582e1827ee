using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SellerConsole.Costing.Import;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

/// <summary>An oversized body is a 413 problem that names the limit: never a bare 413, never a 500.</summary>
public sealed class BodyLimitTests : IClassFixture<SharedAppFactory>
{
    private readonly SharedAppFactory _app;

    public BodyLimitTests(SharedAppFactory app) => _app = app;

    private HttpClient Api()
    {
        var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SellerAppFactory.BootstrapToken);
        return client;
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response, BodyLimit limit)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(limit.Text, problem.RootElement.GetProperty("detail").GetString());
        Assert.Contains(limit.For, problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(limit.Bytes, problem.RootElement.GetProperty("limitBytes").GetInt64());
    }

    [Fact]
    public async Task A_100_mb_body_to_the_scorer_is_a_413_problem_naming_the_limit()
    {
        using var response = await Api().PostAsync("/api/v1/scoring/score", new Filler(100L * 1024 * 1024, knownLength: true, "application/json"));

        await AssertTooLargeAsync(response, BodyLimits.Default);
    }

    [Fact]
    public async Task A_chunked_body_past_the_limit_is_stopped_once_it_passes_it()
    {
        var body = new Filler(3L * 1024 * 1024, knownLength: false, "application/json");

        using var response = await Api().PostAsync("/api/v1/scoring/score", body);

        await AssertTooLargeAsync(response, BodyLimits.Default);
        Assert.True(body.Sent < 3L * 1024 * 1024, $"the whole body was read ({body.Sent:N0} bytes)");
    }

    [Fact]
    public async Task An_import_gets_its_own_larger_limit_matching_the_upload_limits()
    {
        var justOverDefault = new ByteArrayContent(Encoding.UTF8.GetBytes("Code,Name\r\n" + new string('x', 1_200_000)));
        justOverDefault.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var tooBig = new Filler(BodyLimits.Import.Bytes + 1, knownLength: true, "text/csv");

        using var allowed = await Api().PostAsync("/api/v1/costing/import/components", new MultipartFormDataContent { { justOverDefault, "file", "parts.csv" } });
        using var refused = await Api().PostAsync("/api/v1/costing/import/components", new MultipartFormDataContent { { tooBig, "file", "parts.csv" } });

        Assert.True(BodyLimits.Import.Bytes > UploadLimits.MaxFileBytes);
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, allowed.StatusCode);
        await AssertTooLargeAsync(refused, BodyLimits.Import);
        Assert.Contains(UploadLimits.Megabytes(UploadLimits.MaxFileBytes), BodyLimits.Import.For);
    }

    [Fact]
    public async Task An_oversized_sign_in_post_is_refused_the_same_way()
    {
        using var response = await _app.CreateAnonymousClient().PostAsync("/account/login", new Filler(2L * 1024 * 1024, knownLength: true, "application/x-www-form-urlencoded"));

        await AssertTooLargeAsync(response, BodyLimits.Default);
    }

    /// <summary>A body of spaces produced as it is sent, so a test can send 100 MB without holding it.</summary>
    private sealed class Filler : HttpContent
    {
        private readonly long length;
        private readonly bool knownLength;
        public long Sent;

        public Filler(long length, bool knownLength, string mediaType)
        {
            this.length = length;
            this.knownLength = knownLength;
            Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            while (Sent < length)
            {
                var count = (int)Math.Min(chunk.Length, length - Sent);
                await stream.WriteAsync(chunk.AsMemory(0, count));
                Sent += count;
            }
        }

        protected override bool TryComputeLength(out long result)
        {
            result = length;
            return knownLength;
        }
    }
}
