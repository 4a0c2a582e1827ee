using System.Text;

namespace SellerConsole.Tests.Scoring;

/// <summary>
/// Seeded hostile strings: control characters, lone and paired surrogates, emoji, combining and
/// bidi marks, non-characters, and the characters the scanners key on ("&lt;", "@", "+", "0", ".").
/// </summary>
public sealed class HostileText(int seed)
{
    private static readonly string[] Pieces =
    [
        "\0", "\u0007", "\u001B", "\u007F", "\n", "\r\n", "\t", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800",
        "🔨", "👩‍🔧", "🇬🇧", "\uFE0F", "\u200D", "\u0301\u0301\u0301", "\u202E", "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD",
        "<", ">", "</", "<br", "<a", "@", "@.", "a@b.co", "+", "+44 ", "0", "07", " ", "  ", ".", "..", "www.", "http://", ".co.uk",
        "£", "€", "™", "!", "$", "_", "N/A", "TBD", "b0", "B0ABCDEFGH", "drill", "DRILL", "Drill", "new", "on sale", "x",
        "漢字", "ä", "ß", "İ", "ǅ", "\u00A0", "\u2028", "\u3000",
    ];

    private readonly Random random = new(seed);

    public string Next()
    {
        var kind = random.Next(10);
        return kind switch
        {
            0 => RandomUnits(random.Next(0, 2000)),
            1 => string.Concat(Enumerable.Range(0, random.Next(1, 300)).Select(_ => "🔨")),
            2 => new string(Pieces[random.Next(Pieces.Length)][0], random.Next(1, 5000)),
            _ => string.Concat(Enumerable.Range(0, random.Next(0, 400)).Select(_ => Pieces[random.Next(Pieces.Length)])),
        };
    }

    /// <summary>Any UTF-16 code units at all, surrogates included.</summary>
    public string RandomUnits(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)random.Next(0, 0x10000));
        }
        return builder.ToString();
    }

    /// <summary>About 10 MB of mixed hostile text (5 million UTF-16 units), built by repeating a random block.</summary>
    public string Huge()
    {
        var block = string.Concat(Enumerable.Range(0, 2000).Select(_ => Pieces[random.Next(Pieces.Length)]));
        var builder = new StringBuilder(5_000_000 + block.Length);
        while (builder.Length < 5_000_000)
        {
            builder.Append(block);
        }
        return builder.ToString();
    }

    public int Int() => random.Next(8) switch
    {
        0 => int.MinValue,
        1 => int.MaxValue,
        2 => -1,
        3 => 0,
        _ => random.Next(-100, 20_000),
    };

    public decimal? Decimal() => random.Next(8) switch
    {
        0 => null,
        1 => decimal.MaxValue,
        2 => decimal.MinValue,
        3 => 0.0000000001m,
        4 => -5m,
        _ => random.Next(-1000, 100_000) / 100m,
    };
}
