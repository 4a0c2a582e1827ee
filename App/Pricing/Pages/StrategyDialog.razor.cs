using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Security;

namespace SellerConsole.Pricing.Pages;

public sealed partial class StrategyDialog
{
    private StrategyForm _f = new();
    private Dictionary<string, string[]> _errors = [];
    private string? _problem;
    private bool _saving;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [Parameter] public StoredStrategy? Row { get; set; }

    protected override void OnInitialized() =>
        _f = Row is null ? StrategyForm.From(new RepricingStrategy("", StrategyKind.FeaturedOffer)) : StrategyForm.From(PricingJson.Read<RepricingStrategy>(Row.Json));

    private bool Has(string field) => _errors.ContainsKey(field);

    private string Err(string field) => _errors.TryGetValue(field, out var e) ? string.Join(" ", e) : "";

    private static string Label(StrategyKind kind) => kind switch
    {
        StrategyKind.FeaturedOffer => "The featured offer (buy box)",
        StrategyKind.LowestOffer => "The lowest offer",
        StrategyKind.LowestFba => "The lowest FBA offer",
        StrategyKind.LowestFbm => "The lowest FBM offer",
        StrategyKind.FbaThenFbm => "Lowest FBA, then FBM",
        StrategyKind.ProfitOptimal => "Profit-optimal (from our sales)",
        _ => "Sales rules and schedules only",
    };

    private async Task SaveAsync()
    {
        if (_saving) return;
        _problem = null;
        var strategy = _f.ToStrategy();
        _errors = StrategyValidator.Problems(strategy);
        if (_errors.Count > 0)
        {
            _problem = "Check the highlighted fields: " + string.Join(" ", _errors.SelectMany(e => e.Value).Distinct());
            return;
        }
        _saving = true;
        try
        {
            var row = await Store.SaveAsync(Row?.Id ?? 0, strategy, makeDefault: false, CancellationToken.None);
            await Audit.WriteAsync(Actor.Of((await Auth).User), Row is null ? "repricing.strategy.created" : "repricing.strategy.updated", row.Name, row.Json);
            Snackbar.Add($"Strategy '{row.Name}' saved", Severity.Success);
            Dialog.Close(DialogResult.Ok(row.Id));
        }
        catch (ArgumentException ex)
        {
            _problem = ex.Message;
        }
        finally
        {
            _saving = false;
        }
    }
}
