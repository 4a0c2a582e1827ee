using SellerConsole.Marketplace.Sandbox.Simulation;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>Our offer as Amazon's listing record shows it (see <see cref="SandboxWorld.OurOffer"/>).</summary>
public sealed record OurOffer(decimal Price, decimal? MinimumPrice, int Quantity, DateTime LastUpdatedUtc);

public sealed partial class SandboxWorld
{
    private readonly Dictionary<string, (decimal Value, DateTime Until)> _shownPrices = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (decimal Value, DateTime Until)> _shownStock = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, decimal?> _minimums = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateTime> _changedAt = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Our offer as the listing record has it. The market moves in 15-minute ticks, so a change shows
    /// here as soon as it takes effect, while competitors, the buy box and getItemOffers see it once the
    /// market has passed the tick it falls in (Amazon's offer pages also lag the listing).
    /// Without a minimum price of our own the listing carries a cost-based one (never below cost).
    /// </summary>
    public OurOffer OurOffer(ListingSnapshot snapshot)
    {
        lock (_gate)
        {
            var sku = snapshot.Listing.Sku;
            var price = _shownPrices.TryGetValue(sku, out var p) && snapshot.AsOfUtc < p.Until ? p.Value : snapshot.Price;
            var stock = _shownStock.TryGetValue(sku, out var s) && snapshot.AsOfUtc < s.Until ? (int)s.Value : snapshot.Stock;
            var minimum = _minimums.TryGetValue(sku, out var m) ? m : Money.Round(Math.Max(0.01m, snapshot.Listing.CostHint));
            var updated = _changedAt.TryGetValue(sku, out var at) ? at : snapshot.Listing.OpenedUtc;
            return new OurOffer(price, minimum, stock, updated);
        }
    }

    private void Show(Dictionary<string, (decimal, DateTime)> shown, string sku, decimal value, DateTime at)
    {
        var tick = TimeSpan.FromMinutes(Simulation.Settings.TickMinutes);
        var start = Simulation.HistoryStartUtc;
        // The simulation schedules the change in the tick it falls in and reads show it from the next tick
        // boundary: until then the listing record shows it ahead of the market.
        var effectiveTick = start + tick * Math.Floor((at - start) / tick);
        shown[sku] = (value, effectiveTick + tick);
        _changedAt[sku] = at;
    }
}
