using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>A catalogue item: one of our listings or a competitor's (peer) listing.</summary>
internal sealed record CatalogEntry(string Asin, string Title, string Brand, string Category, string ProductType, ListingContent Content,
    CatalogListing? Ours, PeerListing? Peer)
{
    public string SearchText { get; } = string.Join(' ', [Title, Brand, Category, .. Content.Bullets]).ToLowerInvariant();
}

/// <summary>The Sandbox's catalogue for Catalog Items and Keepa: our listings and every peer listing, by ASIN, SKU and EAN.</summary>
internal sealed class CatalogIndex
{
    private readonly Dictionary<string, CatalogEntry> _byAsin = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CatalogEntry> _bySku = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CatalogEntry> _byEan = new(StringComparer.Ordinal);

    public CatalogIndex(MarketSimulation simulation)
    {
        foreach (var l in simulation.Catalogue)
        {
            var entry = new CatalogEntry(l.Asin, l.Content.Title, l.Brand, l.Category, l.ProductType, l.Content, l, null);
            _byAsin[l.Asin] = entry;
            _bySku[l.Sku] = entry;
            _byEan[l.Ean] = entry;
        }
        foreach (var p in simulation.Categories.SelectMany(simulation.GetPeerListings))
        {
            _byAsin.TryAdd(p.Asin, new CatalogEntry(p.Asin, p.Content.Title, p.Brand, p.Category, p.ProductType, p.Content, null, p));
        }
        All = [.. _byAsin.Values];
    }

    public IReadOnlyList<CatalogEntry> All { get; }

    public CatalogEntry? ByAsin(string asin) => _byAsin.GetValueOrDefault(asin);

    public CatalogEntry? Find(string identifierType, string identifier) => identifierType.ToUpperInvariant() switch
    {
        "ASIN" => _byAsin.GetValueOrDefault(identifier),
        "SKU" => _bySku.GetValueOrDefault(identifier),
        "EAN" or "GTIN" => _byEan.GetValueOrDefault(identifier.TrimStart('0').PadLeft(13, '0')),
        _ => null,
    };

    /// <summary>Items whose title, brand, category or bullets contain every keyword.</summary>
    public IEnumerable<CatalogEntry> Search(IReadOnlyList<string> keywords)
    {
        var words = keywords.Select(k => k.ToLowerInvariant()).ToList();
        return All.Where(e => words.All(w => e.SearchText.Contains(w, StringComparison.Ordinal)));
    }
}
