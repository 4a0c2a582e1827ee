using SellerConsole.Marketplace.Sandbox.Simulation.Products;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>The fixed market facts of one ASIN, drawn once from the seed.</summary>
internal sealed record AsinProfile(
    int Index,
    CategoryDef Category,
    int ReferenceLanded,
    double BaseUnitsPerDay,
    double Elasticity,
    double Quality,
    int InitialReviews,
    long InitialStarsTimesTen,
    bool SearchSuppressed,
    bool ListingSuppressed,
    bool Neglected,
    int ReorderPoint,
    int RestockTarget,
    int PriceFloor);
