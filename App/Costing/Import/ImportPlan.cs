using SellerConsole.Costing.Data;

namespace SellerConsole.Costing.Import;

/// <summary>
/// A checked import, ready to write: what it changes in the in-memory data (so the costing core can
/// validate the result as a whole) and how to write it. One implementation per <see cref="ImportKind"/>.
/// </summary>
internal interface IImportPlan
{
    int Rows { get; }

    IReadOnlyCollection<string> Codes { get; }

    CostingMasterData Apply(CostingMasterData data);

    /// <summary>Writes with prepared statements inside the caller's transaction; returns rows written.</summary>
    Task<int> WriteAsync(ImportSession session, Action<int> written, CancellationToken ct);
}

/// <summary>Reports "first seen on row N" for keys that must be unique within a file.</summary>
internal sealed class FirstSeen<TKey>(IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly Dictionary<TKey, int> _rows = new(comparer);

    public int? Duplicate(TKey key, int row) => _rows.TryAdd(key, row) ? null : _rows[key];
}
