using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SellerConsole.Automation.Data;
using SellerConsole.Automation.Engine;
using SellerConsole.Live;
using SellerConsole.Pricing;
using SellerConsole.Pricing.Data;
using SellerConsole.Security;

namespace SellerConsole.Automation.Pages;

public sealed partial class RuleEditorPage
{
    private static readonly DayOfWeek[] Days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private RuleForm _form = new() { Name = "", Actions = [new()] };
    private Dictionary<string, string[]> _errors = [];
    private IReadOnlyList<StoredStrategy> _strategies = [];
    private IReadOnlyList<RuleFiring> _history = [];
    private RuleEvaluation? _test;
    private List<BreadcrumbItem> _crumbs = [];
    private bool _missing;
    private bool _busy;
    private bool _hasSecret;
    private string? _secret;

    [Parameter] public long? Id { get; set; }

    [Inject] private RuleStore Store { get; set; } = default!;
    [Inject] private AutomationService Automation { get; set; } = default!;
    [Inject] private StrategyStore Strategies { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _strategies = await Strategies.ListAsync(CancellationToken.None);
        _missing = false;
        _test = null;
        _errors = [];
        if (Id is { } id)
        {
            if (await Store.FindAsync(id, CancellationToken.None) is not { } rule)
            {
                _missing = true;
                return;
            }
            _form = RuleForm.From(rule.Definition);
            _hasSecret = rule.HasWebhookSecret;
            _history = await Store.HistoryAsync(id, 50, CancellationToken.None);
        }
        _crumbs = [new("Automation", "/automation"), new(Id is null ? "New rule" : _form.Name, null, disabled: true)];
    }

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        if (liveEvent is not RuleTriggered fired || fired.RuleId != Id) return false;
        _history = await Store.HistoryAsync(fired.RuleId, 50, CancellationToken.None);
        return true;
    }

    private bool Has(string key) => _errors.ContainsKey(key);

    private string? Error(string key) => _errors.TryGetValue(key, out var e) ? e[0] : null;

    /// <summary>Validates the form; a problem is shown beside its field and nothing the owner typed is lost.</summary>
    private RuleDefinition? Valid(bool? enabled = null, bool forTest = false)
    {
        var rule = _form.ToDefinition();
        if (enabled is { } on) rule = rule with { Enabled = on };
        // A trial run needs no name yet: the owner names a rule once it does what they want.
        if (forTest && string.IsNullOrWhiteSpace(rule.Name)) rule = rule with { Name = "Untitled rule" };
        if (rule.Trigger.Kind == TriggerKind.Schedule && rule.Trigger.At is null)
        {
            _errors = new() { ["trigger.at"] = ["Enter a time as HH:mm."] };
            Snackbar.Add("Enter the time as HH:mm (UK time).", Severity.Warning);
            return null;
        }
        _errors = RuleValidator.Problems(rule);
        if (_errors.Count == 0) return rule;
        Snackbar.Add($"Please fix: {string.Join(" ", _errors.Values.Select(v => v[0]).Distinct().Take(3))}", Severity.Warning);
        return null;
    }

    private async Task TestAsync()
    {
        if (Valid(forTest: true) is not { } rule) return;
        _busy = true;
        try
        {
            _test = await Automation.TestAsync(Id ?? 0, rule, CancellationToken.None);
        }
        finally { _busy = false; }
    }

    private async Task SaveAsync(bool? enabled)
    {
        if (Valid(enabled) is not { } rule) return;
        if (enabled == true && RuleForm.TouchesPrices(rule) && await Dialogs.ShowMessageBoxAsync("Turn on a rule that changes repricing?",
                "This rule pauses, resumes or changes repricing for the SKUs it fires for. Turn it on?", yesText: "Turn on", cancelText: "Cancel") != true)
        {
            return;
        }
        _busy = true;
        try
        {
            var saved = await Store.SaveAsync(Id ?? 0, rule, Actor.Of((await AuthenticationState).User), CancellationToken.None);
            _form.Enabled = saved.Definition.Enabled;
            _hasSecret = saved.HasWebhookSecret;
            Snackbar.Add($"Saved '{saved.Definition.Name}'{(saved.Definition.Enabled ? ", and it is on" : " (off)")}.", Severity.Success);
            if (Id is null) Navigation.NavigateTo($"/automation/{saved.Id}");
        }
        catch (ArgumentException ex)
        {
            _errors = new() { ["name"] = [ex.Message] };
        }
        finally { _busy = false; }
    }

    private async Task RevealSecretAsync()
    {
        if (Id is { } id) _secret = await Store.WebhookSecretAsync(id, CancellationToken.None);
    }
}
