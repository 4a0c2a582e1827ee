using Microsoft.AspNetCore.Components;
using SellerConsole.Live;

namespace SellerConsole.Catalog;

public sealed partial class ListingPage
{
    private Listing? _listing;
    private bool _loaded;

    [Parameter] public string Sku { get; set; } = "";
    [Inject] private CatalogQueries Queries { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _listing = await Queries.FindAsync(Sku, CancellationToken.None);
        _loaded = true;
    }

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        if (liveEvent is ListingsUpdated updated && (updated.Skus.Count == 0 || updated.Skus.Contains(Sku)))
        {
            _listing = await Queries.FindAsync(Sku, CancellationToken.None);
            return true;
        }
        return false;
    }

    private static IEnumerable<string> Bullets(Listing listing) =>
        (listing.Bullets ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Position(Listing listing)
    {
        var ours = listing.Offers.FirstOrDefault(o => o.IsOurs);
        if (ours is null)
        {
            return listing.Offers.Count == 0 ? "—" : "our offer is not in the top offers";
        }
        var rank = listing.Offers.Count(o => o.LandedPence < ours.LandedPence) + 1;
        return $"{Ordinal(rank)} cheapest of {listing.Offers.Count}";
    }

    private static string Ordinal(int n) => n switch
    {
        _ when n % 100 is 11 or 12 or 13 => $"{n}th",
        _ when n % 10 == 1 => $"{n}st",
        _ when n % 10 == 2 => $"{n}nd",
        _ when n % 10 == 3 => $"{n}rd",
        _ => $"{n}th",
    };
}
