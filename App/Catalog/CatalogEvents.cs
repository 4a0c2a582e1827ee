using SellerConsole.Live;

namespace SellerConsole.Catalog;

/// <summary>A sync changed these listings (Skus empty means "many; reload everything").</summary>
public sealed record ListingsUpdated(string Source, int Changed, IReadOnlyCollection<string> Skus) : LiveEvent
{
    public override string Kind => "listing.updated";
}
