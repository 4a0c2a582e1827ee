namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>UK postcode areas with rough population weights (London and the big cities weigh more).</summary>
internal static class PostcodeAreas
{
    private static readonly (string Area, double Weight)[] Areas =
    [
        ("E", 3), ("N", 2.5), ("NW", 2), ("SE", 3), ("SW", 3), ("W", 2), ("B", 4), ("M", 3), ("L", 2), ("LS", 2.5),
        ("S", 2.5), ("BS", 2.5), ("G", 3), ("EH", 2.5), ("CF", 2), ("NE", 2.5), ("NG", 2.5), ("LE", 2.5), ("CV", 2), ("BN", 2),
        ("SO", 2), ("PO", 2), ("RG", 2), ("OX", 1.5), ("MK", 1.5), ("GU", 2), ("TN", 1.5), ("ME", 1.5), ("CM", 2), ("SS", 1.5),
        ("CO", 1.2), ("IP", 1.5), ("NR", 1.8), ("PE", 2.5), ("CB", 1.2), ("LU", 1.2), ("AL", 0.8), ("SG", 1.2), ("HP", 1.2), ("SL", 1.2),
        ("KT", 1.5), ("CR", 1.2), ("BR", 1), ("DA", 1), ("RM", 1.2), ("IG", 1), ("EN", 1), ("HA", 1), ("UB", 1), ("TW", 1),
        ("BH", 1.5), ("EX", 1.8), ("PL", 1.5), ("TR", 1), ("TA", 1.2), ("BA", 1.2), ("GL", 1.8), ("WR", 1.2), ("DY", 1.3), ("WV", 1.2),
        ("WS", 1.3), ("ST", 2), ("TF", 0.8), ("SY", 1), ("CH", 1.5), ("CW", 1), ("WA", 1.5), ("WN", 1), ("BL", 1), ("OL", 1),
        ("SK", 1.5), ("PR", 1.3), ("BB", 1), ("FY", 0.8), ("LA", 0.8), ("CA", 0.9), ("DL", 0.9), ("TS", 1.2), ("SR", 0.8), ("DH", 0.9),
        ("YO", 1.2), ("HU", 1.2), ("DN", 1.8), ("HD", 0.9), ("HX", 0.6), ("BD", 1.2), ("WF", 1.2), ("LN", 1.2), ("DE", 2), ("NN", 1.8),
        ("KA", 1), ("PA", 1), ("ML", 1), ("FK", 0.8), ("KY", 1), ("DD", 0.8), ("AB", 1.2), ("IV", 0.8), ("BT", 2.5), ("SA", 1.8),
        ("LL", 1.2), ("NP", 1.2), ("HR", 0.6), ("TQ", 0.8), ("DT", 0.6), ("SN", 1.5), ("SP", 0.8), ("WD", 0.8), ("RH", 1.2), ("CT", 1.2),
    ];

    private static readonly double[] Cdf = BuildCdf();

    public static int Count => Areas.Length;

    public static string Name(int index) => Areas[index].Area;

    public static int Pick(double u)
    {
        var i = Array.BinarySearch(Cdf, u);
        return Math.Min(Areas.Length - 1, i < 0 ? ~i : i + 1);
    }

    private static double[] BuildCdf()
    {
        var total = Areas.Sum(a => a.Weight);
        var cdf = new double[Areas.Length];
        var acc = 0.0;
        for (var i = 0; i < Areas.Length; i++)
        {
            acc += Areas[i].Weight / total;
            cdf[i] = acc;
        }
        return cdf;
    }
}
