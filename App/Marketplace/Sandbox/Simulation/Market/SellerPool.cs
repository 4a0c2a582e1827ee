using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>A marketplace seller (seller-level facts shared by all its offers).</summary>
internal sealed record SellerProfile(
    int Index,
    string SellerId,
    string Name,
    double FeedbackPercent,
    int FeedbackCount,
    double FbaShare,
    int ShipMinDays,
    int ShipMaxDays,
    bool IsAmazon);

/// <summary>
/// The competing sellers of this world, generated from the seed. Index 0 is us; the Amazon retail
/// offer uses its well-known UK merchant id.
/// </summary>
internal sealed class SellerPool
{
    private static readonly string[] Places = ["Northgate", "Hartley", "Redbrook", "Castlefield", "Pennant", "Oakridge", "Kingsway", "Ashby", "Meridian", "Bramley", "Fenwick", "Tudor", "Holloway", "Harbour", "Summit", "Ridgeway", "Greenlane", "Westfield", "Eastgate", "Calder", "Mersey", "Trent", "Wolds", "Dales"];
    private static readonly string[] Trades = ["Trade", "Tool", "Fixings", "Hardware", "DIY", "Build", "Fastener", "Industrial", "Workshop", "Screw"];
    private static readonly string[] Suffixes = ["Supplies", "Direct", "Centre", "Store", "Co", "Ltd", "UK", "Online", "Depot", "Warehouse"];
    private static readonly string[] Overseas = ["Shenzhen Hongda Trading Co., Ltd", "Yiwu Letian Hardware", "Guangzhou Mingyuan Tools", "Ningbo Jiahe Store", "Xiamen Ruixin Direct", "Hangzhou Fengda Tools"];

    private readonly SellerProfile[] _sellers;

    public SellerPool(int seed, int listings, Identifiers ids, string ourName)
    {
        var count = Math.Clamp(60 + listings / 4, 60, 4000);
        _sellers = new SellerProfile[count + 1];
        _sellers[0] = new SellerProfile(0, ids.SellerId(0), ourName, 98.7, 4_236, 0, 1, 2, false);
        for (var i = 1; i < count; i++) _sellers[i] = Make(seed, i, ids);
        _sellers[count] = new SellerProfile(count, Identifiers.AmazonSellerId, "Amazon", 100, 1_000_000, 1, 0, 1, true);
    }

    public SellerProfile Us => _sellers[0];

    public SellerProfile Amazon => _sellers[^1];

    /// <summary>Number of third-party competitors (excludes us and Amazon).</summary>
    public int CompetitorCount => _sellers.Length - 2;

    public SellerProfile this[int index] => _sellers[index];

    /// <summary>A third-party competitor chosen by a uniform draw.</summary>
    public SellerProfile Competitor(double u) => _sellers[1 + (int)(u * CompetitorCount)];

    private static SellerProfile Make(int seed, int i, Identifiers ids)
    {
        var r = DetRandom.For(seed, Purpose.SellerPool, i);
        var overseas = r.Chance(0.12);
        var name = overseas
            ? r.Pick(Overseas) + r.Pick("", "", " Store", " Direct", " EU")
            : r.Next(3) switch
            {
                0 => $"{r.Pick(Places)} {r.Pick(Trades)} {r.Pick(Suffixes)}",
                1 => $"{r.Pick(Trades)}{r.Pick(Suffixes)} {r.Pick(Places)}",
                _ => $"{r.Pick(Places)} {r.Pick(Suffixes)}",
            };
        var feedback = r.Chance(0.12) ? r.Between(78.0, 92.0) : r.Between(92.0, 100.0);
        var count = r.Chance(0.06) ? r.Between(0, 19) : (int)Math.Min(400_000, r.LogNormal(900, 1.4));
        var (min, max) = overseas ? (r.Between(5, 8), r.Between(10, 20)) : r.Chance(0.7) ? (1, r.Between(2, 3)) : (2, r.Between(4, 5));
        var fbaShare = overseas ? 0.15 : r.Between(0.0, 0.9);
        return new SellerProfile(i, ids.SellerId(i), name, Math.Round(feedback, 1), count, fbaShare, min, max, false);
    }
}
