using SellerConsole.Live;

namespace SellerConsole.Costing.Data;

/// <summary>Costing data changed (<see cref="What"/>: "component", "kit", "import", ...); pages recost.</summary>
public sealed record CostsChanged(string What, IReadOnlyCollection<string> Codes) : LiveEvent
{
    public override string Kind => "costs.changed";
}

/// <summary>The outcome of an edit: on failure nothing was written and <see cref="Error"/> says why.</summary>
public sealed record CostingEditResult(string? Error)
{
    public static CostingEditResult Ok { get; } = new((string?)null);

    public bool Succeeded => Error is null;
}
