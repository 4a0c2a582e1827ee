using SellerConsole.Costing.Data;
using SellerConsole.Costing.Quoting;
using SellerConsole.Shared;

namespace SellerConsole.Costing.Margins;

/// <summary>
/// Works out margin rows from a snapshot. Pure. Profit and margin at the listing price are cheap and
/// done for every row; break-even and target-margin prices need a search over prices (~120 quotes),
/// so they are solved only for the rows shown, or for all rows when the grid sorts by them.
/// </summary>
public sealed class MarginSet
{
    public readonly record struct ListingPrice(string Sku, string Title, long? PricePence);

    private readonly CostingSnapshot _snapshot;
    private readonly SaleContext? _sale;
    private readonly string? _saleProblem;
    private readonly LandedCost?[] _landed;
    private readonly MarginRow[] _rows;
    private readonly bool[] _solved;
    private bool _allSolved;

    public MarginSet(CostingSnapshot snapshot, IReadOnlyList<ListingPrice> listings, DateTime asOf)
    {
        _snapshot = snapshot;
        try
        {
            _sale = snapshot.Sale(asOf);
        }
        catch (CostingException ex)
        {
            _saleProblem = ex.Message;
        }
        _landed = new LandedCost?[listings.Count];
        _rows = new MarginRow[listings.Count];
        _solved = new bool[listings.Count];
        Parallel.For(0, listings.Count, i => _rows[i] = Row(listings[i], i, asOf));
    }

    public IReadOnlyList<MarginRow> Rows => _rows;

    public MarginRow this[int index] => _rows[index];

    /// <summary>Fills in break-even and target-margin prices for the given rows (all rows if null).</summary>
    public void Solve(IReadOnlyList<int>? indexes = null)
    {
        if (_allSolved)
        {
            return;
        }
        if (indexes is null)
        {
            Parallel.For(0, _rows.Length, SolveOne);
            _allSolved = true;
            return;
        }
        foreach (var i in indexes)
        {
            SolveOne(i);
        }
    }

    private void SolveOne(int i)
    {
        if (Volatile.Read(ref _solved[i]) || _landed[i] is not { } landed || _sale is null)
        {
            return;
        }
        var breakEven = PriceSolver.BreakEvenPrice(landed, _sale);
        decimal? target = null;
        try
        {
            target = PriceSolver.PriceForTargetMargin(landed, _sale, _snapshot.Settings.TargetMargin);
        }
        catch (CostingException)
        {
            // An unreachable target shows as no target price; the margin flag still tells the story.
        }
        _rows[i] = _rows[i] with { BreakEven = breakEven, TargetPrice = target };
        Volatile.Write(ref _solved[i], true);
    }

    private MarginRow Row(ListingPrice listing, int index, DateTime asOf)
    {
        var empty = new MarginRow(listing.Sku, listing.Title, listing.PricePence, false, null, null, null, null, null, null, false);
        if (!_snapshot.Skus.TryGetValue(listing.Sku, out var definition) || !CostedState.IsCosted(definition))
        {
            return empty; // not costed yet: no landed cost, profit or margin rather than a flattering one
        }
        if (_sale is null)
        {
            return empty with { HasCosts = true, Problem = _saleProblem };
        }
        try
        {
            var landed = _snapshot.Calculator.LandedCost(definition, asOf, _sale.Vat);
            // Break-even always exists here: SaleContext checks keep fees and VAT below the sale.
            _landed[index] = landed;
            if (listing.PricePence is not { } pence || pence <= 0)
            {
                return empty with { HasCosts = true, LandedCost = landed.Total };
            }
            var quote = ProfitCalculator.Quote(landed, _sale, Money.FromPence(pence));
            return empty with
            {
                HasCosts = true, LandedCost = landed.Total, Profit = quote.Profit, Margin = quote.Margin,
                UnderTarget = quote.Margin < _snapshot.Settings.TargetMargin,
            };
        }
        catch (CostingException ex)
        {
            return empty with { HasCosts = true, Problem = ex.Message };
        }
    }
}
