namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// Keepa sent something this adapter will not guess about. The message names the product and the
/// field, e.g. "ASIN B0ABCDEFGH csv[3]: odd number of entries (7)".
/// </summary>
public sealed class KeepaDecodeException : Exception
{
    public KeepaDecodeException(string? asin, int productIndex, string field, string problem, Exception? inner = null)
        : base(Describe(asin, productIndex, field, problem), inner)
    {
        Asin = asin;
        Field = field;
        Problem = problem;
    }

    public string? Asin { get; }

    public string Field { get; }

    public string Problem { get; }

    private static string Describe(string? asin, int productIndex, string field, string problem) =>
        (asin, productIndex) switch
        {
            (not null, _) => $"ASIN {asin} {field}: {problem}",
            (null, >= 0) => $"products[{productIndex}] (ASIN unknown) {field}: {problem}",
            _ => $"response {field}: {problem}",
        };
}
