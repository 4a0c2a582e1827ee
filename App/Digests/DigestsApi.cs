using SellerConsole.Security;

namespace SellerConsole.Digests;

public sealed record DigestSettingsDto(bool Daily, string Time, bool Weekly, string? UrgentKinds, string? PublicUrl, bool EmailConfigured, string? EmailMissing, DateTime NextDailyUtc);

public sealed record DigestSettingsUpdate(bool? Daily, string? Time, bool? Weekly, string? UrgentKinds, string? PublicUrl);

public static class DigestsApi
{
    public static IEndpointConventionBuilder MapDigestsApi(this IEndpointRouteBuilder app)
    {
        var digests = app.MapGroup("/api/v1/digests").RequireAuthorization().WithTags("Digests");

        digests.MapPost("/test", async (SmtpTestMail test, CancellationToken ct) =>
        {
            var result = await test.SendAsync(ct);
            return result.Sent
                ? Results.Ok(result)
                : Results.Problem(statusCode: result.To.Count == 0 ? 422 : 502, title: "Test email not sent", detail: result.Message);
        }).WithSummary("Sends a test email now with the saved SMTP settings; the error names the server and what went wrong");

        digests.MapGet("/log", async (string? status, int? take, MailLog log, CancellationToken ct) =>
        {
            MailStatus? wanted = null;
            if (!string.IsNullOrWhiteSpace(status))
            {
                if (!Enum.TryParse<MailStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"'{status}' is not a status; use one of: {string.Join(", ", Enum.GetNames<MailStatus>())}."] });
                }
                wanted = parsed;
            }
            return Results.Ok(await log.ReadAsync(wanted, take ?? 100, ct));
        }).WithSummary("The delivery log, newest first: status, attempts, last error");

        digests.MapPost("/log/{id:long}/resend", async (long id, MailDelivery delivery, HttpContext http, CancellationToken ct) =>
            await delivery.ResendAsync(id, Actor.Of(http.User), ct)
                ? Results.NoContent()
                : Results.Problem(statusCode: 404, title: "Nothing to resend", detail: $"Mail {id} does not exist or is still queued or sending."))
            .WithSummary("Queues a failed, interrupted or sent mail again");

        digests.MapGet("/settings", async (DigestService service, SettingsStore settings, TimeProvider clock, CancellationToken ct) =>
            Results.Ok(await ReadSettingsAsync(service, settings, clock, ct))).WithSummary("Digest settings and when the next morning digest is due");

        digests.MapPut("/settings", async (DigestSettingsUpdate update, DigestService service, SettingsStore settings, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            var edits = new Dictionary<string, string?>
            {
                [SettingsCatalog.DigestEnabled] = update.Daily?.ToString().ToLowerInvariant(),
                [SettingsCatalog.DigestTime] = update.Time,
                [SettingsCatalog.DigestWeekly] = update.Weekly?.ToString().ToLowerInvariant(),
                [SettingsCatalog.DigestUrgentKinds] = update.UrgentKinds,
                [SettingsCatalog.ConsolePublicUrl] = update.PublicUrl,
            };
            var saved = await settings.SaveAsync("digests", edits, Actor.Of(http.User), ct);
            return saved.Succeeded
                ? Results.Ok(await ReadSettingsAsync(service, settings, clock, ct))
                : Results.ValidationProblem(saved.Errors.ToDictionary(e => ApiField(e.Key), e => new[] { e.Value }));
        }).WithSummary("Changes digest settings (fields left out are kept)");

        digests.MapGet("/preview", async (string? kind, DigestService service, TimeProvider clock, CancellationToken ct) =>
        {
            var which = string.Equals(kind, "weekly", StringComparison.OrdinalIgnoreCase) ? DigestKind.Weekly : DigestKind.Daily;
            var draft = await service.ComposeAsync(which, DigestSchedule.UkToday(clock.GetUtcNow().UtcDateTime), ct);
            return Results.Content(draft.ToMail().Html, "text/html; charset=utf-8");
        }).WithSummary("The digest as it would be emailed now (HTML); kind=daily or weekly");
        return digests;
    }

    private static async Task<DigestSettingsDto> ReadSettingsAsync(DigestService service, SettingsStore settings, TimeProvider clock, CancellationToken ct)
    {
        var plan = await service.PlanAsync(ct);
        var (smtp, missing) = await SmtpSettings.LoadAsync(settings, ct);
        return new DigestSettingsDto(plan.Daily, plan.At.ToString("HH:mm"), plan.Weekly,
            await settings.GetAsync(SettingsCatalog.DigestUrgentKinds, ct), await settings.GetAsync(SettingsCatalog.ConsolePublicUrl, ct),
            smtp is not null, missing, DigestSchedule.NextDailyUtc(plan, clock.GetUtcNow().UtcDateTime));
    }

    private static string ApiField(string key) => key switch
    {
        SettingsCatalog.DigestEnabled => "daily",
        SettingsCatalog.DigestTime => "time",
        SettingsCatalog.DigestWeekly => "weekly",
        SettingsCatalog.DigestUrgentKinds => "urgentKinds",
        _ => "publicUrl",
    };
}
