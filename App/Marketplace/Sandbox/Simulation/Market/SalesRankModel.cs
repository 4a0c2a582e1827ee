namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>
/// Keepa-like best-seller rank in DIY and Tools from an exponentially decayed sales rate (all
/// sellers' units on the ASIN): about 25,000 at one unit a day, a few hundred at thirty a day.
/// </summary>
internal static class SalesRankModel
{
    public const double DecayDays = 3.0;
    private const double RankAtOnePerDay = 25_000;
    private const double Exponent = 1.05;

    /// <summary>Decays a rate (units/day) over elapsed seconds.</summary>
    public static double Decay(double rate, long elapsedSeconds) =>
        rate * Math.Exp(-elapsedSeconds / (DecayDays * SimTimeline.SecondsPerDay));

    /// <summary>A sale of q units adds q / decay-days, so a steady R units/day settles at rate R.</summary>
    public static double Impulse(int units) => units / DecayDays;

    public static int Rank(double rate, double noise) =>
        (int)Math.Clamp(Math.Round(RankAtOnePerDay * Math.Pow(rate + 0.02, -Exponent) * Math.Exp(0.05 * noise)), 1, 3_000_000);
}
