using System.Globalization;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

/// <summary>
/// A product before it becomes a listing: the facts (name parts, size, weight, price level) and the
/// raw phrases that the content builder turns into titles, bullets and search terms.
/// </summary>
internal sealed record ProductSpec(
    string Category,
    string ProductType,
    string Noun,
    string ShortName,
    string FullName,
    string SkuCode,
    int WeightGrams,
    PackageDimensions Dimensions,
    decimal BasePrice,
    IReadOnlyList<string> Features,
    IReadOnlyList<string> Qualifiers,
    IReadOnlyList<string> Uses,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> SpecLines);

internal static class Spec
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A retail box roughly sized for its weight (dense goods like fixings come in small boxes).</summary>
    public static PackageDimensions Box(int weightGrams, DetRandom r, double bulk = 1.0)
    {
        var volumeCm3 = Math.Max(150, weightGrams * bulk * r.Between(1.2, 2.4));
        var side = Math.Cbrt(volumeCm3) * 10;
        var l = (int)Math.Round(side * r.Between(1.3, 1.8));
        var w = (int)Math.Round(side * r.Between(0.8, 1.1));
        var h = (int)Math.Max(15, Math.Round(volumeCm3 * 1000 / (l * (double)w)));
        return new PackageDimensions(l, w, h);
    }

    public static PackageDimensions Long(int lengthMm, int widthMm, int heightMm) => new(lengthMm, widthMm, heightMm);

    /// <summary>Mass in grams of n steel fasteners of diameter d and length len (mm), plus the box.</summary>
    public static int SteelGrams(double d, double len, int n, double fill = 0.62) =>
        (int)Math.Round(7.85e-3 * fill * Math.PI / 4 * d * d * len * n + 25 + n * 0.02);

    public static readonly string[] Colours = ["Black", "Grey", "Blue", "Red", "Yellow", "Orange", "Green"];

    public static readonly string[] TwoTone = ["Yellow and Black", "Red and Black", "Blue and Grey", "Orange and Black", "Green and Black"];

    public static string Num(double v) => v.ToString(v % 1 == 0 ? "0" : "0.0", Invariant);

    public static string Mm(double v) => Num(v) + "mm";

    public static string SkuNum(double v) => v.ToString(v % 1 == 0 ? "0" : "0.#", Invariant);

    public static decimal Price(double pounds) => (decimal)Math.Max(0.99, Math.Round(pounds, 2));

    public static T Pick<T>(DetRandom r, params T[] items) => items[r.Next(items.Length)];

    public static string[] L(params string[] items) => items;

    /// <summary>First two letters or digits, upper case, for SKU segments ("3 Vial" -> "3V").</summary>
    public static string Code(string text) => new string(text.Where(char.IsLetterOrDigit).Take(2).ToArray()).ToUpperInvariant();

    public static string PackWord(int n, string unit = "Pack") => n == 1 ? "Single" : $"{unit} of {n}";
}
