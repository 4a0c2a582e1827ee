namespace SellerConsole.Marketplace.SpApi.Models;

/// <summary>A catalogue item on amazon.co.uk (Catalog Items 2022-04-01).</summary>
public sealed record CatalogItem(
    string Asin,
    string? Title,
    string? Brand,
    string? Manufacturer,
    string? ModelNumber,
    CatalogClassification? BrowseClassification,
    IReadOnlyList<CatalogSalesRank> SalesRanks,
    IReadOnlyList<CatalogImage> Images,
    CatalogDimensions? ItemDimensions,
    CatalogDimensions? PackageDimensions,
    IReadOnlyList<CatalogIdentifier> Identifiers)
{
    /// <summary>bullet_point values in order (attributes data set; empty when not requested).</summary>
    public IReadOnlyList<string> Bullets { get; init; } = [];

    /// <summary>product_description (attributes data set).</summary>
    public string? Description { get; init; }

    /// <summary>The best (lowest) sales rank of any kind, or null when the item is unranked.</summary>
    public int? BestSalesRank => SalesRanks.Count == 0 ? null : SalesRanks.Min(r => r.Rank);
}

/// <summary>One page of searchCatalogItems results.</summary>
public sealed record CatalogSearchPage(int NumberOfResults, IReadOnlyList<CatalogItem> Items, string? NextToken);

public sealed record CatalogClassification(string Id, string Name);

public enum SalesRankKind
{
    /// <summary>Rank in a browse node (e.g. "Wood Screws").</summary>
    Classification,

    /// <summary>Rank in a top-level display group (e.g. "DIY & Tools").</summary>
    DisplayGroup,
}

public sealed record CatalogSalesRank(SalesRankKind Kind, string Id, string? Title, int Rank);

/// <summary>Variant is MAIN or PT01…PT08, SWCH.</summary>
public sealed record CatalogImage(string Variant, string Url, int Width, int Height);

public sealed record CatalogDimensions(Measure? Height, Measure? Length, Measure? Width, Measure? Weight);

/// <summary>Unit as Amazon gives it: centimeters, inches, kilograms, pounds, grams…</summary>
public sealed record Measure(decimal Value, string Unit);

/// <summary>Type is EAN, GTIN, UPC, ISBN, JAN…</summary>
public sealed record CatalogIdentifier(string Type, string Value);
