using System.Buffers;
using System.Globalization;
using System.Text;

namespace SellerConsole.Scoring.Text;

/// <summary>
/// Splits text into words: maximal runs of letters and digits (combining marks stay with their
/// letter). Everything else, including hyphens, apostrophes and invalid UTF-16, separates words.
/// </summary>
internal static class Tokenizer
{
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var inWord = status == OperationStatus.Done
                && (Rune.IsLetterOrDigit(rune) || (start >= 0 && IsCombiningMark(rune)));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
            i += consumed;
        }
        if (start >= 0)
        {
            words.Add(text[start..]);
        }
        return words;
    }

    public static List<string> LowerWords(string text) => Words(text).ConvertAll(w => w.ToLowerInvariant());

    public static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return word.Length > 0;
    }

    public static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCombiningMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
