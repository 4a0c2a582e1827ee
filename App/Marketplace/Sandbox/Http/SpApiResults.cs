using System.Text;
using System.Text.Json.Nodes;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>SP-API's JSON answers, errors as <c>{"errors":[{"code","message","details"}]}</c>.</summary>
internal static class SpApiResults
{
    public const string QuotaExceededMessage = "You exceeded your quota for the requested resource.";
    public const string AccessDeniedMessage = "Access to requested resource is denied.";
    public const string ExpiredTokenDetails = "The access token you provided has expired.";

    public static IResult Json(JsonNode body, int status = 200) =>
        Results.Text(body.ToJsonString(), "application/json", Encoding.UTF8, status);

    public static JsonObject ErrorList(string code, string message, string details = "") => new()
    {
        ["errors"] = new JsonArray(Error(code, message, details)),
    };

    public static JsonObject Error(string code, string message, string details = "") => new()
    {
        ["code"] = code,
        ["message"] = message,
        ["details"] = details,
    };

    public static IResult Errors(int status, string code, string message, string details = "") =>
        Json(ErrorList(code, message, details), status);

    public static IResult InvalidInput(string message) => Errors(400, "InvalidInput", message);

    public static IResult NotFound(string message) => Errors(404, "NotFound", message);

    public static IResult QuotaExceeded() => Errors(429, "QuotaExceeded", QuotaExceededMessage);

    public static IResult Unauthorized(string details) => Errors(403, "Unauthorized", AccessDeniedMessage, details);

    public static IResult ServerError() => Errors(500, "InternalFailure", "We encountered an internal error. Please try again.");

    public static IResult Unavailable() => Errors(503, "ServiceUnavailable", "Service temporarily unavailable. Please try again later.");

    /// <summary>Query values given as repeated parameters or comma-separated lists (SP-API accepts both).</summary>
    public static List<string> List(HttpRequest request, string name) =>
        request.Query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
