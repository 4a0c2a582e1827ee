using System.Buffers;
using System.Text;

namespace SellerConsole.Scoring.Text;

/// <summary>
/// Turns listing text into evidence safe to show and store: bounded length, valid UTF-16, no
/// control characters. Hostile input must not turn into a hostile score card.
/// </summary>
internal static class Evidence
{
    public const int MaxLength = 160;

    public static string Clean(string? text, int maxCharacters = MaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var builder = new StringBuilder(Math.Min(text.Length, maxCharacters * 2 + 1));
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (count == maxCharacters)
            {
                builder.Append('…');
                break;
            }
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                builder.Append('\uFFFD');
            }
            else if (Rune.IsControl(rune))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(rune.ToString());
            }
            count++;
            i += consumed;
        }
        return builder.ToString();
    }

    /// <summary>"a, b, c (+4 more)": lists the first few items and says how many were left out.</summary>
    public static string List(IReadOnlyCollection<string> items, int max = 10)
    {
        var shown = string.Join(", ", items.Take(max).Select(i => Clean(i, 40)));
        return items.Count > max ? $"{shown} (+{items.Count - max} more)" : shown;
    }

    public static string CodePoint(int value) => $"U+{value:X4}";
}
