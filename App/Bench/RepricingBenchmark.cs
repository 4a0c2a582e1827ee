using System.Diagnostics;
using System.Globalization;
using SellerConsole.Costing;
using SellerConsole.Pricing.Engine;

namespace SellerConsole.Bench;

/// <summary>
/// Pure repricing decisions per second on one thread over a realistic 5,000-SKU mix: 10-20 offers a
/// snapshot (FBA, FBM, Amazon on some), six strategies (featured offer, lowest FBM, FBA then FBM,
/// upward while winning, profit-optimal on 60 days of history, sales rules), default guards, 40% of
/// floors from costs and the rest manual; floors stored by the caller (as the shell keeps them) and,
/// for comparison, solved from the costs inside every decision.
/// Target: at least 200,000 decisions/s.
/// </summary>
public sealed class RepricingBenchmark : IBenchmark
{
    private const int Skus = 5_000;
    private static readonly DateTime Now = new(2025, 6, 2, 9, 0, 0, DateTimeKind.Utc);

    public string Name => "repricing";

    public string Description => "pure repricing decisions/s on one thread (10-20 offers each, realistic strategy mix)";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var rng = new Random(42);
        var models = Models();
        var cases = Enumerable.Range(0, Skus).Select(i => Case(rng, i, models)).ToArray();
        var manualOnly = cases.Select(c => (c.Input with { Profit = null, ManualFloorPence = c.Input.ManualFloorPence ?? c.Input.PricePence * 7 / 10 }, c.Strategy)).ToArray();
        // Floors kept by the caller, as the shell does (recomputed only when costs change).
        var stored = cases.Select(c => (c.Input with { KnownFloor = FloorCalculator.Floor(c.Strategy.Floor, c.Input.Profit, c.Input.ManualFloorPence) }, c.Strategy)).ToArray();
        var optimal = stored.Where(c => c.Strategy.Kind == StrategyKind.ProfitOptimal).ToArray();
        var fromCosts = cases.Count(c => c.Input.Profit is not null);
        output.WriteLine(Invariant($"   {Skus:N0} SKUs, {cases.Average(c => c.Input.Offers.Count):F1} offers each on average; {fromCosts:N0} floors from costs, {optimal.Length:N0} profit-optimal"));

        Throughput(output, "realistic mix, stored floors", stored, cancellationToken);
        Throughput(output, "realistic mix, every cost floor solved in the decision", cases, cancellationToken);
        Throughput(output, "manual floors only", manualOnly, cancellationToken);
        Throughput(output, "profit-optimal SKUs only", optimal, cancellationToken);

        var clock = Stopwatch.StartNew();
        var outcomes = new Dictionary<DecisionOutcome, int>();
        foreach (var (input, strategy) in cases)
        {
            var outcome = RepricingEngine.Decide(input, strategy).Outcome;
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }
        output.WriteLine(Invariant($"   one pass over {Skus:N0} SKUs: {clock.Elapsed.TotalMilliseconds:F0} ms; outcomes: ") +
            string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value:N0}")));
        return Task.CompletedTask;
    }

    private static void Throughput(TextWriter output, string label, (RepricingInput Input, RepricingStrategy Strategy)[] cases, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 20_000; i++)
        {
            RepricingEngine.Decide(cases[i % cases.Length].Input, cases[i % cases.Length].Strategy);
        }
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long decided = 0, checksum = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(3) && !cancellationToken.IsCancellationRequested)
        {
            for (var j = 0; j < 1_000; j++, decided++)
            {
                var (input, strategy) = cases[decided % cases.Length];
                checksum += RepricingEngine.Decide(input, strategy).FinalPricePence;
            }
        }
        var perSecond = decided / clock.Elapsed.TotalSeconds;
        // CPU time as well as wall time: on a shared machine the wall clock also counts time the
        // thread waited for a core; CPU time (all of the process's threads, GC included) does not.
        var perCpuSecond = decided / (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)decided;
        output.WriteLine(Invariant($"   {label}: {perSecond:N0} decisions/s wall clock, {perCpuSecond:N0} per CPU-second, one thread ({1_000_000 / perSecond:F2} µs each, {allocated / 1024:F1} KiB allocated each; checksum {checksum})"));
    }

    private static (RepricingInput Input, RepricingStrategy Strategy) Case(Random rng, int i, ProfitModel[] models)
    {
        var price = rng.Next(800, 4_000);
        var shipping = rng.Next(3) == 0 ? 299 : 0;
        var weWin = rng.Next(4) == 0;
        var count = rng.Next(10, 21);
        var winner = weWin ? -1 : rng.Next(count);
        var offers = new List<PricingOffer>(count + 1) { new("OURS", "Us", true, weWin, false, 99.2, 4_000, 24, "GB", price, shipping) };
        for (var o = 0; o < count; o++)
        {
            var amazon = o == 0 && rng.Next(10) == 0;
            var fba = amazon || rng.Next(3) == 0;
            var ship = fba || rng.Next(2) == 0 ? 0 : rng.Next(199, 499);
            var landed = price + shipping + rng.Next(-400, 600);
            offers.Add(new PricingOffer(amazon ? PricingOffer.AmazonUkSellerId : $"A{rng.Next(1_000_000):D7}", amazon ? "Amazon" : null, false, o == winner, fba,
                amazon ? null : rng.Next(80, 101), amazon ? null : rng.Next(0, 50_000), fba ? null : rng.Next(1, 4) * 24, rng.Next(8) == 0 ? "CN" : "GB",
                Math.Max(100, landed - ship), ship));
        }
        var kind = (i % 20) switch
        {
            < 9 => StrategyKind.FeaturedOffer,
            < 12 => StrategyKind.LowestFbm,
            < 14 => StrategyKind.FbaThenFbm,
            < 18 => StrategyKind.FeaturedOffer,
            18 => StrategyKind.ProfitOptimal,
            _ => StrategyKind.SalesOnly,
        };
        var strategy = new RepricingStrategy($"S{i % 20}", kind)
        {
            Filter = new CompetitorFilter(MinFeedbackPercent: 90, MaxDispatchHours: 72, UkOnly: i % 2 == 0),
            Upward = i % 20 is >= 14 and < 18 ? new UpwardRepricing(true, Step: new PriceAdjustment(AdjustmentUnit.Percent, 3m)) : UpwardRepricing.Off,
            Ending = i % 5 == 0 ? PriceEnding.NinetyNine : PriceEnding.None,
            Floor = i % 3 == 0 ? new FloorRule(FloorBasis.TargetMargin, 15m) : FloorRule.BreakEven,
            Ceiling = new CeilingRule(CeilingBasis.FloorFactor, 2.5m),
            VelocityRules = kind == StrategyKind.SalesOnly ? [new VelocityRule(7, VelocityComparison.Below, 3, new PriceAdjustment(AdjustmentUnit.Percent, -3m), 3)] : [],
        };
        var fromCosts = kind == StrategyKind.ProfitOptimal || rng.Next(10) < 4;
        var input = new RepricingInput($"SKU-{i}", $"B0{i:D8}", price, shipping, offers, Now.AddMinutes(-rng.Next(0, 30)), BuyBoxCondition.Held, Now, Now.AddHours(1))
        {
            PreviousPrices = offers.Where(o => !o.IsOurs).Select(o => new SellerPrice(o.SellerId, o.LandedPence + rng.Next(-50, 50))).ToList(),
            Sales = new SalesVelocity(rng.Next(0, 3), rng.Next(0, 15), rng.Next(0, 30), rng.Next(0, 60)),
            Counters = new PricingCounters(Now.AddMinutes(-rng.Next(5, 600)), rng.Next(0, 6), null),
            GlobalChangesToday = 120,
            GlobalDailyBudget = 5_000,
            Profit = fromCosts ? models[i % models.Length] : null,
            ManualFloorPence = fromCosts ? null : price * 7 / 10,
            History = kind == StrategyKind.ProfitOptimal ? History(rng, price + shipping) : [],
        };
        return (input, strategy);
    }

    private static List<DemandObservation> History(Random rng, long landed) => Enumerable.Range(0, 60).Select(d =>
    {
        var ours = landed + rng.Next(-4, 5) * 40;
        var theirs = landed + rng.Next(-100, 100);
        var share = ours <= theirs ? 0.9 : 0.3;
        return new DemandObservation(new DateOnly(2025, 4, 1).AddDays(d), ours, theirs, share, (int)Math.Round(share * 8 * Math.Pow(ours / (double)landed, -2.2) * rng.Next(70, 130) / 100.0));
    }).ToList();

    private static ProfitModel[] Models()
    {
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var sale = new SaleContext(Now, new VatStatus.StandardRegistered(), FeeScheduleSeed.DiyAndTools().AsOf(Now), 0m, 400);
        var catalogue = new CostingCatalogue(
            Enumerable.Range(0, 50).Select(i => new Component($"C{i}", $"Part {i}", "Acme", $"A{i}", 1m, [new DatedPrice(start, 2m + i / 10m)], 0.20m)),
            [], [], [new PostageRate("Royal Mail Tracked 48", PostageFormat.LargeLetter, 750, start, 2.70m)], [new DatedPrice(start, 12m)]);
        var calculator = new CostingCalculator(catalogue);
        return Enumerable.Range(0, 50).Select(i => new ProfitModel(calculator.LandedCost(new SkuCostDefinition($"SKU-{i}",
            [new BomLine(BomRef.Component($"C{i}"), 1m)], [], 0m, new PackedParcel(300, new Dimensions(30m, 20m, 2m))), Now, sale.Vat), sale)).ToArray();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
