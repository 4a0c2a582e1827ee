using SellerConsole.Scoring.Text;

namespace SellerConsole.Scoring.Peers;

/// <summary>
/// Turns words into comparable terms: lower case, no stop words, no numbers or words with digits
/// (sizes and voltages differ between honest listings), no single letters, and a light singular form
/// so "drills" matches "drill" and "batteries" matches "battery".
/// </summary>
internal static class TermKeys
{
    public static string? Key(string lowerWord)
    {
        if (lowerWord.Length < 2 || Tokenizer.HasDigit(lowerWord) || WordLists.BenchmarkStopWords.Contains(lowerWord))
        {
            return null;
        }
        var key = Singular(lowerWord);
        return WordLists.BenchmarkStopWords.Contains(key) ? null : key;
    }

    /// <summary>Key to the first surface form seen, for each distinct term in the words.</summary>
    public static void Collect(IEnumerable<string> lowerWords, Dictionary<string, string> into)
    {
        foreach (var word in lowerWords)
        {
            if (Key(word) is { } key)
            {
                into.TryAdd(key, word);
            }
        }
    }

    private static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }
        return word;
    }
}
