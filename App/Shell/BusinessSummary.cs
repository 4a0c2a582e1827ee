using Microsoft.EntityFrameworkCore;
using SellerConsole.Costing.Margins;
using SellerConsole.Data;
using SellerConsole.Orders;
using SellerConsole.Shared;

namespace SellerConsole.Shell;

/// <summary>Orders, units and revenue over some UK days (cancelled orders excluded).</summary>
public sealed record SalesTotals(int Orders, int Units, long RevenuePence)
{
    public static SalesTotals Of(IEnumerable<DailySales> days)
    {
        var list = days.ToList();
        return new(list.Sum(d => d.Orders), list.Sum(d => d.Units), list.Sum(d => d.RevenuePence));
    }

    /// <summary>Change against an earlier period in %, or null when there is nothing to compare with.</summary>
    public decimal? RevenueChangeFrom(SalesTotals earlier) =>
        earlier.RevenuePence == 0 ? null : Math.Round((RevenuePence - earlier.RevenuePence) * 100m / earlier.RevenuePence, 1);
}

/// <summary>How the catalogue stands: what sells, what cannot, and where the buy box is.</summary>
public sealed record CatalogueHealth(int Listings, int WithOffers, int BuyBoxOurs, int BuyBoxLost, int NotBuyable, int Suppressed, int CannotSell, int OutOfStock)
{
    /// <summary>Share of listings with a known buy box holder where it is ours, in %.</summary>
    public decimal? BuyBoxShare => BuyBoxOurs + BuyBoxLost == 0 ? null : Math.Round(BuyBoxOurs * 100m / (BuyBoxOurs + BuyBoxLost), 1);
}

public sealed record BusinessSummary(
    SalesTotals Today,
    SalesTotals Yesterday,
    SalesTotals Last7Days,
    SalesTotals Previous7Days,
    IReadOnlyList<DailySales> Last30Days,
    CatalogueHealth Catalogue,
    MarginSummary Margins,
    bool OrdersLoaded = true)
{
    /// <summary>Last 7 days against the 7 before, only once the orders are all in: a first sync still reading them would show a false drop.</summary>
    public decimal? WeekChange => OrdersLoaded ? Last7Days.RevenueChangeFrom(Previous7Days) : null;
}

/// <summary>The figures a seller looks at first each morning, from the orders, listings and costing already stored.</summary>
public sealed class BusinessSummaryLoader(IDbContextFactory<SellerDb> dbs, OrderQueries orders, MarginsQuery margins, TimeProvider clock)
{
    public const int ChartDays = 30;

    public async Task<BusinessSummary> LoadAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(UkTime.FromUtc(clock.GetUtcNow().UtcDateTime));
        var days = await orders.DailyAsync(today.AddDays(-(ChartDays - 1)), today, cancellationToken);
        var catalogue = await CatalogueAsync(cancellationToken);
        var marginPage = await margins.PageAsync(new MarginFilter(), null, false, 0, 1, cancellationToken);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var ordersLoaded = await OrdersSync.CompletedOnceAsync(db, cancellationToken);

        return new BusinessSummary(
            Today: SalesTotals.Of(days.TakeLast(1)),
            Yesterday: SalesTotals.Of(days.SkipLast(1).TakeLast(1)),
            Last7Days: SalesTotals.Of(days.TakeLast(7)),
            Previous7Days: SalesTotals.Of(days.SkipLast(7).TakeLast(7)),
            Last30Days: days,
            catalogue,
            marginPage.Summary,
            ordersLoaded);
    }

    private async Task<CatalogueHealth> CatalogueAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var listings = db.Listings.AsNoTracking();
        // ListingIssue.IsSuppressing is computed in C#; the same test, in SQL.
        var suppressed = listings.Where(l => l.Issues.Any(i => i.Enforcements != null
            && (i.Enforcements.Contains("LISTING_SUPPRESSED") || i.Enforcements.Contains("SEARCH_SUPPRESSED"))));
        var notBuyable = await listings.CountAsync(l => !l.IsBuyable, cancellationToken);
        return new CatalogueHealth(
            Listings: await listings.CountAsync(cancellationToken),
            WithOffers: await listings.CountAsync(l => l.OfferCount > 0, cancellationToken),
            BuyBoxOurs: await listings.CountAsync(l => l.BuyBoxIsOurs == true, cancellationToken),
            BuyBoxLost: await listings.CountAsync(l => l.BuyBoxIsOurs == false, cancellationToken),
            NotBuyable: notBuyable,
            Suppressed: await suppressed.CountAsync(cancellationToken),
            CannotSell: notBuyable + await suppressed.CountAsync(l => l.IsBuyable, cancellationToken),
            OutOfStock: await listings.CountAsync(l => l.Quantity <= 0, cancellationToken));
    }
}
