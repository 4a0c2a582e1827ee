using System.Collections.Frozen;

namespace SellerConsole.Scoring.Text;

/// <summary>
/// Matches whole-word phrases against lower-case words. Phrases are tokenised like listing text, so
/// "100% guaranteed" matches "100 % GUARANTEED" and "risk free" matches "risk-free". Longest phrase wins at each position, and matched
/// words are consumed, so "on sale" is reported once rather than as "on sale" and "sale".
/// </summary>
internal sealed class PhraseList
{
    private readonly FrozenDictionary<string, (string Display, string[] Words)[]> byFirstWord;

    public PhraseList(IEnumerable<string> phrases)
    {
        byFirstWord = phrases
            .Select(p => (Display: p, Words: Tokenizer.LowerWords(p).ToArray()))
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Words.Length).ThenBy(p => p.Display, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
    }

    /// <summary>Distinct matched phrases in order of first appearance.</summary>
    public List<string> Matches(IReadOnlyList<string> lowerWords)
    {
        var found = new List<string>();
        var i = 0;
        while (i < lowerWords.Count)
        {
            var consumed = 1;
            if (byFirstWord.TryGetValue(lowerWords[i], out var candidates))
            {
                foreach (var (display, words) in candidates)
                {
                    if (StartsAt(lowerWords, i, words))
                    {
                        if (!found.Contains(display))
                        {
                            found.Add(display);
                        }
                        consumed = words.Length;
                        break;
                    }
                }
            }
            i += consumed;
        }
        return found;
    }

    private static bool StartsAt(IReadOnlyList<string> lowerWords, int start, string[] words)
    {
        if (start + words.Length > lowerWords.Count)
        {
            return false;
        }
        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(lowerWords[start + k], words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
