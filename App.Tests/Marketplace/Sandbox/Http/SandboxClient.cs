using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SellerConsole.Marketplace.Sandbox.Http;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

/// <summary>Raw HTTP the way Amazon's clients send it: an LWA exchange, then x-amz-access-token on every call.</summary>
public sealed class SandboxClient(HttpClient http, string token)
{
    public const string Uk = "A1F83G8C2ARO7P";

    public HttpClient Http => http;

    public string Token { get; set; } = token;

    public static async Task<SandboxClient> SignInAsync(HttpClient http)
    {
        using var response = await ExchangeAsync(http, SandboxOptions.DefaultClientId, SandboxOptions.DefaultClientSecret, SandboxOptions.DefaultRefreshToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new SandboxClient(http, body.RootElement.GetProperty("access_token").GetString()!);
    }

    public static Task<HttpResponseMessage> ExchangeAsync(HttpClient http, string clientId, string clientSecret, string refreshToken) =>
        http.PostAsync("/sandbox/lwa/auth/o2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        }));

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, string? json = null)
    {
        var request = new HttpRequestMessage(method, "/sandbox/sp-api" + pathAndQuery);
        request.Headers.Add("x-amz-access-token", Token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.ParseAdd("SellerConsoleTests/1.0 (Language=C#)");
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return http.SendAsync(request);
    }

    /// <summary>Sends and parses; asserts the status so a failure shows the body.</summary>
    public async Task<JsonElement> JsonAsync(HttpMethod method, string pathAndQuery, string? json = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await SendAsync(method, pathAndQuery, json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {pathAndQuery}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> GetAsync(string pathAndQuery, HttpStatusCode expected = HttpStatusCode.OK) =>
        JsonAsync(HttpMethod.Get, pathAndQuery, null, expected);
}
