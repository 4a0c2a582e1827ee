using System.Globalization;
using Microsoft.AspNetCore.Components;
using SellerConsole.Catalog;
using SellerConsole.Costing.Data;
using SellerConsole.Costing.Quoting;
using SellerConsole.Shared;

namespace SellerConsole.Costing.Pages;

/// <summary>
/// One SKU's cost definition (saved on request) and a what-if calculator (never saved): every input
/// re-quotes the SKU with the costing core, so the waterfall and breakdown follow each keystroke.
/// A SKU without contents, weight or size is "not costed yet": nothing is guessed for it (no default
/// parcel), and no profit or margin is shown until the seller has said what the box holds.
/// </summary>
public sealed partial class SkuCostsPage
{
    private List<BomLineEdit> _lines = [];
    private List<PackagingEdit> _packaging = [];
    private PackagingEdit? _removedPackaging;
    private string _labour = "0", _weight = "", _length = "", _width = "", _depth = "", _service = "";
    private string _price = "", _shipping = "0";
    private readonly Dictionary<string, string> _overrides = new(StringComparer.Ordinal);
    private string? _title;
    private bool _saved;
    private SkuQuote? _quote;
    private string? _error;
    private string? _notCosted;
    private string? _saveError;

    [Parameter] public string Sku { get; set; } = "";
    [Inject] private CatalogQueries Catalog { get; set; } = default!;

    protected override async Task OnSnapshotAsync(bool initial)
    {
        if (initial)
        {
            var listing = await Catalog.FindAsync(Sku, CancellationToken.None);
            _title = listing?.Title;
            _price = listing?.PricePence is { } p ? MoneyText.Edit(Money.FromPence(p)) : "";
            _shipping = MoneyText.Edit(Snapshot!.Settings.ShippingCharge);
            if (Snapshot.Skus.TryGetValue(Sku, out var sku))
            {
                Load(sku);
            }
            else
            {
                _lines = [new BomLineEdit()];
            }
        }
        _saved = Snapshot!.Skus.ContainsKey(Sku);
        Recompute();
    }

    private void Load(SkuCostDefinition sku)
    {
        _lines = sku.Contents.Select(BomLineEdit.From).ToList();
        _packaging = sku.Packaging.Select(p => new PackagingEdit { Code = p.Code, Quantity = Text(p.Quantity) }).ToList();
        (_labour, _weight) = (Text(sku.LabourMinutes), sku.Parcel.WeightGrams.ToString(CultureInfo.InvariantCulture));
        (_length, _width, _depth) = (Text(sku.Parcel.Size.A), Text(sku.Parcel.Size.B), Text(sku.Parcel.Size.C));
        _service = sku.PostageService ?? "";
    }

    private Task Set(Action change)
    {
        change();
        Recompute();
        return Task.CompletedTask;
    }

    private void AddPackaging()
    {
        _packaging.Add(new PackagingEdit { Code = Snapshot!.Data.Packaging[0].Code, Quantity = "1" });
        Recompute();
    }

    private void RemovePackaging(PackagingEdit line)
    {
        _packaging.Remove(line);
        _removedPackaging = line;
        Recompute();
    }

    private void UndoPackaging()
    {
        if (_removedPackaging is { } line)
        {
            _packaging.Add(line);
            _removedPackaging = null;
            Recompute();
        }
    }

    /// <summary>What the seller still has to enter before this SKU can be costed; null once nothing is missing.</summary>
    private string? Missing()
    {
        var missing = new List<string>();
        if (_lines.All(l => string.IsNullOrWhiteSpace(l.Code)))
        {
            missing.Add("what goes in the box");
        }
        if (string.IsNullOrWhiteSpace(_weight))
        {
            missing.Add("the packed weight");
        }
        if (new[] { _length, _width, _depth }.Any(string.IsNullOrWhiteSpace))
        {
            missing.Add("the parcel's size");
        }
        return missing.Count == 0 ? null : $"{CostedState.NotCostedYet}: add {string.Join(", ", missing.SkipLast(1))}{(missing.Count > 1 ? " and " : "")}{missing[^1]} to see its profit and margin.";
    }

    private void Recompute()
    {
        (_error, _quote) = (null, null);
        _notCosted = Missing();
        // A bad price or shipping charge is shown under its own field; no second message for it.
        if (Snapshot is null || _notCosted is not null || MoneyText.Problem(_price) is not null || MoneyText.Problem(_shipping) is not null)
        {
            return;
        }
        try
        {
            var overrides = _overrides.Where(o => !string.IsNullOrWhiteSpace(o.Value))
                .ToDictionary(o => o.Key, o => Amount(o.Value, $"the what-if pack cost of '{o.Key}'"));
            var whatIf = new WhatIf(Definition(), Amount(_price, "the price"), Amount(_shipping, "the shipping charge"), overrides);
            _quote = SkuQuotes.Quote(Snapshot, whatIf, Now);
        }
        catch (CostingException ex)
        {
            _error = ex.Message;
        }
    }

    private SkuCostDefinition Definition() => new(
        Sku,
        BomLineEdit.ToLines(_lines.Where(l => !string.IsNullOrWhiteSpace(l.Code))),
        _packaging.Select(p => new PackagingLine(p.Code, UkNumber.Parse(p.Quantity, $"the quantity of packaging '{p.Code}'"))).ToArray(),
        UkNumber.Parse(_labour, "labour minutes"),
        new PackedParcel(
            int.TryParse(_weight.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var grams) ? grams : throw new CostingException($"The weight '{_weight}' is not whole grams."),
            new Dimensions(UkNumber.Parse(_length, "the length"), UkNumber.Parse(_width, "the width"), UkNumber.Parse(_depth, "the depth"))),
        string.IsNullOrEmpty(_service) ? null : _service);

    private Task SaveAsync() => OnceAsync(async () =>
    {
        if (Missing() is { } missing)
        {
            _saveError = $"Not saved. {missing}";
            return;
        }
        try
        {
            var result = await Store.SaveSkuCostAsync(Definition(), await ActorAsync(), CancellationToken.None);
            _saveError = result.Error;
            Saved(result, $"Costs of {Sku}");
        }
        catch (CostingException ex)
        {
            _saveError = ex.Message;
        }
    });

    private Task DeleteAsync() => OnceAsync(async () =>
    {
        if (!await ConfirmDeleteAsync($"Delete the costs of {Sku}?", $"{Sku}'s saved contents, packaging, labour and parcel will be deleted; it will show as not costed yet."))
        {
            return;
        }
        var result = await Store.DeleteSkuCostAsync(Sku, await ActorAsync(), CancellationToken.None);
        _saveError = result.Error;
        Saved(result, $"Costs of {Sku} deleted");
    });

    /// <summary>A money input for the what-if: UK rules, never negative, with the field named in the message.</summary>
    private static decimal Amount(string text, string what) =>
        MoneyText.TryParse(text, out var value, out var error) ? value : throw new CostingException($"Enter {what} in pounds: {error}");

    private static string Text(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public sealed class PackagingEdit
    {
        public string Code { get; set; } = "";
        public string Quantity { get; set; } = "1";
    }
}
