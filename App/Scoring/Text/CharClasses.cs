using System.Buffers;
using System.Text;

namespace SellerConsole.Scoring.Text;

/// <summary>Character sets from Amazon's title and bullet rules, and a practical emoji test.</summary>
internal static class CharClasses
{
    /// <summary>Banned in UK titles (Seller Central help 201100890).</summary>
    public const string BannedTitleChars = "!$?_{}^¬¦";

    /// <summary>Banned in bullets since Amazon's 13 Jul 2024 notice.</summary>
    public const string BannedBulletSymbols = "™®€…†‡¢£¥©±";

    /// <summary>
    /// Emoji blocks plus the common emoji outside them. It deliberately leaves out technical symbols
    /// sellers use honestly, such as "⌀" (diameter), "≥" and arrows.
    /// </summary>
    public static bool IsEmoji(Rune rune) => rune.Value switch
    {
        >= 0x1F000 and <= 0x1FAFF => true,
        >= 0x2600 and <= 0x27BF => true,
        >= 0x2B05 and <= 0x2B07 or 0x2B1B or 0x2B1C or 0x2B50 or 0x2B55 => true,
        0x231A or 0x231B or (>= 0x23E9 and <= 0x23F3) or (>= 0x23F8 and <= 0x23FA) => true,
        0x25B6 or 0x25C0 or (>= 0x25FB and <= 0x25FE) or 0x3030 or 0x303D or 0x3297 or 0x3299 => true,
        0xFE0F => true,
        _ => false,
    };

    /// <summary>Distinct characters of <paramref name="set"/> found in text, in order of first appearance.</summary>
    public static List<string> FindAny(string text, string set)
    {
        var found = new List<string>();
        foreach (var c in text)
        {
            if (set.Contains(c) && !found.Contains(c.ToString()))
            {
                found.Add(c.ToString());
                if (found.Count == set.Length)
                {
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>Distinct emoji in text, in order of first appearance, at most max of them.</summary>
    public static List<string> FindEmoji(string text, int max = 10)
    {
        var found = new List<string>();
        var i = 0;
        while (i < text.Length && found.Count < max)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            if (status == OperationStatus.Done && IsEmoji(rune) && rune.Value != 0xFE0F)
            {
                var emoji = rune.ToString();
                if (!found.Contains(emoji))
                {
                    found.Add(emoji);
                }
            }
            i += consumed;
        }
        return found;
    }
}
