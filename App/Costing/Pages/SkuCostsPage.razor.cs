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
/// </summary>
public sealed partial class SkuCostsPage
{
    private List<BomLineEdit> _lines = [];
    private List<PackagingEdit> _packaging = [];
    private string _labour = "0", _weight = "100", _length = "20", _width = "15", _depth = "2", _service = "";
    private string _price = "9.99", _shipping = "0";
    private readonly Dictionary<string, string> _overrides = new(StringComparer.Ordinal);
    private string? _title;
    private bool _saved;
    private SkuQuote? _quote;
    private string? _error;
    private string? _saveError;

    [Parameter] public string Sku { get; set; } = "";
    [Inject] private CatalogQueries Catalog { get; set; } = default!;

    protected override async Task OnSnapshotAsync(bool initial)
    {
        if (initial)
        {
            var listing = await Catalog.FindAsync(Sku, CancellationToken.None);
            _title = listing?.Title;
            _price = listing?.PricePence is { } p ? Money.FromPence(p).ToString("0.00", CultureInfo.InvariantCulture) : "9.99";
            _shipping = Snapshot!.Settings.ShippingCharge.ToString("0.00", CultureInfo.InvariantCulture);
            if (Snapshot.Skus.TryGetValue(Sku, out var sku))
            {
                Load(sku);
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

    private void Recompute()
    {
        _error = null;
        if (Snapshot is null)
        {
            return;
        }
        try
        {
            var overrides = _overrides.Where(o => !string.IsNullOrWhiteSpace(o.Value))
                .ToDictionary(o => o.Key, o => Number(o.Value, $"the what-if pack cost of '{o.Key}'"));
            var whatIf = new WhatIf(Definition(), Number(_price, "the price"), Number(_shipping, "the shipping charge"), overrides);
            _quote = SkuQuotes.Quote(Snapshot, whatIf, Now);
        }
        catch (CostingException ex)
        {
            _error = ex.Message;
        }
    }

    private SkuCostDefinition Definition() => new(
        Sku,
        BomLineEdit.ToLines(_lines),
        _packaging.Select(p => new PackagingLine(p.Code, Number(p.Quantity, $"the quantity of packaging '{p.Code}'"))).ToArray(),
        Number(_labour, "labour minutes"),
        new PackedParcel(
            int.TryParse(_weight, NumberStyles.Integer, CultureInfo.InvariantCulture, out var grams) ? grams : throw new CostingException($"The weight '{_weight}' is not whole grams."),
            new Dimensions(Number(_length, "the length"), Number(_width, "the width"), Number(_depth, "the depth"))),
        string.IsNullOrEmpty(_service) ? null : _service);

    private async Task SaveAsync()
    {
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
    }

    private async Task DeleteAsync()
    {
        var result = await Store.DeleteSkuCostAsync(Sku, await ActorAsync(), CancellationToken.None);
        _saveError = result.Error;
        Saved(result, $"Costs of {Sku} deleted");
    }

    internal static decimal Number(string text, string what) =>
        decimal.TryParse(text.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CostingException($"Enter a number for {what} (got '{text}').");

    private static string Text(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public sealed class PackagingEdit
    {
        public string Code { get; set; } = "";
        public string Quantity { get; set; } = "1";
    }
}
