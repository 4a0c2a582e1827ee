using System.Buffers;
using System.Text;

namespace SellerConsole.Scoring.Text;

/// <summary>Length measures. All are single linear passes with no allocation, so 10 MB fields are cheap.</summary>
internal static class TextMetrics
{
    /// <summary>
    /// Characters as a reader counts them: a surrogate pair (most emoji) is one character, and so is
    /// a lone surrogate. Amazon's "200 characters" is read this way.
    /// </summary>
    public static int CharCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            count++;
        }
        return count;
    }

    /// <summary>
    /// Search-term bytes as Amazon documents them: UTF-8 bytes (Encoding.UTF8, so "£" = 2, "€" = 3 and an
    /// invalid UTF-16 unit = 3 for its replacement character), except that whitespace and punctuation
    /// (Unicode P* categories) are not counted. Symbols such as "£", "€", "+" do count.
    /// </summary>
    public static long SearchTermBytes(string text)
    {
        long total = Encoding.UTF8.GetByteCount(text);
        var span = text.AsSpan();
        while (!span.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(span, out var rune, out var consumed);
            if (status == OperationStatus.Done && (Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune)))
            {
                total -= rune.Utf8SequenceLength;
            }
            span = span[consumed..];
        }
        return total;
    }

    /// <summary>The first maxChars UTF-16 units, never ending in the first half of a surrogate pair.</summary>
    public static string Head(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }
        var cut = maxChars;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }
        return text[..cut];
    }

    /// <summary>The first maxCharacters characters (as <see cref="CharCount"/> counts them).</summary>
    public static string TruncateChars(string text, int maxCharacters)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (count == maxCharacters)
            {
                return text[..i];
            }
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            count++;
        }
        return text;
    }
}
