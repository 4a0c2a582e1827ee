using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Login with Amazon's token exchange (<c>POST /auth/o2/token</c>, form-encoded): a refresh token plus
/// the app's client id and secret buy a bearer access token valid for an hour. Error bodies follow
/// OAuth 2 (error, error_description) as LWA's do.
/// </summary>
internal static class LwaEndpoints
{
    public static void MapLwa(this IEndpointRouteBuilder lwa) =>
        lwa.MapPost("/auth/o2/token", async (HttpRequest request, IOptions<SandboxOptions> options, LwaTokenStore tokens) =>
        {
            if (!request.HasFormContentType)
            {
                return Error(400, "invalid_request", "The request must be application/x-www-form-urlencoded");
            }
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            string Field(string name) => form[name].ToString();
            var o = options.Value;
            var grant = Field("grant_type");
            if (grant.Length == 0) return Error(400, "invalid_request", "The request is missing a required parameter : grant_type");
            if (grant != "refresh_token") return Error(400, "unsupported_grant_type", $"The authorization grant type is not supported : {grant}");
            foreach (var name in new[] { "refresh_token", "client_id", "client_secret" })
            {
                if (Field(name).Length == 0) return Error(400, "invalid_request", $"The request is missing a required parameter : {name}");
            }
            if (!Same(Field("client_id"), o.ClientId) || !Same(Field("client_secret"), o.ClientSecret))
            {
                return Error(401, "invalid_client", "Client authentication failed");
            }
            if (!Same(Field("refresh_token"), o.RefreshToken))
            {
                return Error(400, "invalid_grant", "The request has an invalid grant parameter : refresh_token");
            }
            var (token, expiresIn) = tokens.Issue();
            var body = new JsonObject
            {
                ["access_token"] = token,
                ["refresh_token"] = o.RefreshToken,
                ["token_type"] = "bearer",
                ["expires_in"] = expiresIn,
            };
            return SpApiResults.Json(body, 200);
        });

    private static IResult Error(int status, string error, string description) =>
        SpApiResults.Json(new JsonObject { ["error_description"] = description, ["error"] = error }, status);

    private static bool Same(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
