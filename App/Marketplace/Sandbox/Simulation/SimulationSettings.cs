namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>
/// Everything that defines a simulated world. Two worlds with equal settings, fed the same price
/// and stock instructions, are identical at every time.
/// </summary>
/// <param name="Seed">The world's seed.</param>
/// <param name="Listings">Our catalogue size, 1..100,000.</param>
/// <param name="HistoryStartUtc">A UTC midnight where history begins. Null: <c>HistoryDays</c> before the
/// creation date, which ties the world to the creation time; pass it explicitly for reproducible worlds.</param>
/// <param name="TickMinutes">Market granularity; must divide a day. Competitor reactions, scheduled
/// changes and the clock move in whole ticks.</param>
/// <param name="LazyHistoryAbove">Worlds with more listings than this simulate an ASIN's history on
/// first access instead of at creation.</param>
public sealed record SimulationSettings(
    int Seed,
    int Listings = 150,
    DateTime? HistoryStartUtc = null,
    int TickMinutes = 15,
    int LazyHistoryAbove = 1000,
    string OurSellerName = "Ironvale Direct",
    int PeersPerCategory = 12,
    int HistoryDays = 730);
