using SellerConsole.Costing.Quoting;

namespace SellerConsole.Costing.Pages;

public sealed partial class KitsPage
{
    private string? _search;
    private string? _editing;
    private string? _code;
    private string _name = "";
    private List<BomLineEdit> _lines = [];
    private BomNode? _rollUp;
    private string? _error;
    private readonly HashSet<string> _ticked = new(StringComparer.Ordinal);

    private IEnumerable<Kit> VisibleKits => (Snapshot?.Data.Kits ?? [])
        .Where(k => string.IsNullOrWhiteSpace(_search) || k.Code.Contains(_search, StringComparison.OrdinalIgnoreCase) || k.Name.Contains(_search, StringComparison.OrdinalIgnoreCase))
        .OrderBy(k => k.Code, StringComparer.Ordinal)
        .Take(300);

    private IEnumerable<string> ComponentCodes => (Snapshot?.Data.Components ?? []).Select(c => c.Code);

    private IEnumerable<string> KitCodes => (Snapshot?.Data.Kits ?? []).Select(k => k.Code).Where(c => c != _code);

    private void Select(Kit kit)
    {
        (_editing, _code, _name) = (kit.Code, kit.Code, kit.Name);
        _lines = kit.Lines.Select(BomLineEdit.From).ToList();
        Recompute();
    }

    private void NewKit()
    {
        (_editing, _code, _name) = (null, "", "");
        _lines = [new BomLineEdit()];
        Recompute();
    }

    /// <summary>
    /// Costs the kit as edited against a slice of the saved catalogue (the edited copy replaces the
    /// saved kit), so a loop through this kit or an unknown code shows here before anything is saved.
    /// </summary>
    private void Recompute()
    {
        _rollUp = null;
        _error = null;
        if (Snapshot is null || _code is null)
        {
            return;
        }
        try
        {
            var code = string.IsNullOrWhiteSpace(_code) ? "(new kit)" : _code.Trim();
            var lines = BomLineEdit.ToLines(_lines, draft: true);
            if (lines.Length == 0)
            {
                return;
            }
            var kit = new Kit(code, _name, lines);
            var slice = CatalogueSlice.For(Snapshot.Catalogue, [], [], Now, kit);
            _rollUp = new CostingCalculator(slice).RollUp(BomRef.Kit(code), Now);
        }
        catch (CostingException ex)
        {
            _error = ex.Message;
        }
    }

    protected override Task OnSnapshotAsync(bool initial)
    {
        var kits = (Snapshot?.Data.Kits ?? []).Select(k => k.Code).ToHashSet(StringComparer.Ordinal);
        _ticked.IntersectWith(kits);
        if (_editing is not null && !kits.Contains(_editing))
        {
            // Deleted, here (ticked) or elsewhere: there is nothing left to edit.
            (_editing, _code) = (null, null);
        }
        Recompute();
        return Task.CompletedTask;
    }

    private void Tick(string code, bool on)
    {
        if (on)
        {
            _ticked.Add(code);
        }
        else
        {
            _ticked.Remove(code);
        }
    }

    private Task DeleteTickedAsync() => OnceAsync(async () =>
    {
        var rows = _ticked.Order(StringComparer.Ordinal).Select(c => (c, c)).ToList();
        await DeleteSelectedAsync(rows, "kit(s)", "and their lines will be deleted. Any used in another kit or a SKU are kept.",
            (code, actor) => Store.DeleteKitAsync(code, actor, CancellationToken.None));
    });

    private Task SaveAsync() => OnceAsync(async () =>
    {
        if (string.IsNullOrWhiteSpace(_code))
        {
            _error = "Give the kit a code.";
            return;
        }
        Kit kit;
        try
        {
            kit = new Kit(_code.Trim(), string.IsNullOrWhiteSpace(_name) ? _code.Trim() : _name.Trim(), BomLineEdit.ToLines(_lines));
        }
        catch (CostingException ex)
        {
            _error = ex.Message;
            return;
        }
        var result = await Store.SaveKitAsync(kit, await ActorAsync(), CancellationToken.None);
        _error = result.Error;
        if (Saved(result, $"Kit {kit.Code}"))
        {
            _editing = kit.Code;
        }
    });

    private Task DeleteAsync() => OnceAsync(async () =>
    {
        var code = _editing!;
        if (!await ConfirmDeleteAsync($"Delete kit {code}?", $"Kit {code} and its {_lines.Count} line(s) will be deleted. Kits or SKUs that use it stop it being deleted."))
        {
            return;
        }
        var result = await Store.DeleteKitAsync(code, await ActorAsync(), CancellationToken.None);
        _error = result.Error;
        if (Saved(result, $"Kit {code} deleted"))
        {
            (_editing, _code) = (null, null);
        }
    });
}
