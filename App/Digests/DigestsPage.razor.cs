using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Digests;

public sealed partial class DigestsPage
{
    private IReadOnlyList<MailLogEntry> _log = [];
    private DigestSettingsDto? _settings;

    [Inject] private MailLog Log { get; set; } = default!;
    [Inject] private MailDelivery Delivery { get; set; } = default!;
    [Inject] private DigestService Digests { get; set; } = default!;
    [Inject] private SettingsStore Settings { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        _log = await Log.ReadAsync(null, 200, CancellationToken.None);
        var plan = await Digests.PlanAsync(CancellationToken.None);
        var (smtp, missing) = await SmtpSettings.LoadAsync(Settings, CancellationToken.None);
        _settings = new DigestSettingsDto(plan.Daily, plan.At.ToString("HH:mm"), plan.Weekly,
            await Settings.GetAsync(SettingsCatalog.DigestUrgentKinds, CancellationToken.None), null,
            smtp is not null, missing, DigestSchedule.NextDailyUtc(plan, Clock.GetUtcNow().UtcDateTime));
    }

    private async Task ResendAsync(MailLogEntry entry)
    {
        if (entry.Status == nameof(MailStatus.Sent) || entry.Status == nameof(MailStatus.Interrupted))
        {
            var question = entry.Status == nameof(MailStatus.Sent)
                ? $"“{entry.Subject}” was delivered {UkTime.Format(entry.SentUtc)}. Send it again?"
                : $"“{entry.Subject}” may already have arrived (the app stopped while sending it). Send it again?";
            if (await Dialogs.ShowMessageBoxAsync("Resend email", question, yesText: "Resend", cancelText: "Cancel") != true)
            {
                return;
            }
        }
        var actor = Actor.Of((await AuthenticationState).User);
        var queued = await Delivery.ResendAsync(entry.Id, actor, CancellationToken.None);
        Snackbar.Add(queued ? $"Queued again: {entry.Subject}" : "It is already queued or being sent.", queued ? Severity.Success : Severity.Info);
        await ReloadAsync();
    }

    private static Color StatusColour(string status) => status switch
    {
        nameof(MailStatus.Sent) => Color.Success,
        nameof(MailStatus.Failed) => Color.Error,
        nameof(MailStatus.Interrupted) => Color.Warning,
        nameof(MailStatus.Sending) => Color.Info,
        _ => Color.Default,
    };
}
