using System.Buffers;
using System.Text;
using SellerConsole.Scoring.Text;

namespace SellerConsole.Scoring.Rules;

/// <summary>
/// Characters that cannot be valid listing text: control characters, lone surrogates (invalid UTF-16)
/// and the non-characters U+FFFE/U+FFFF. Line breaks and tabs are allowed in bullets and description only.
/// </summary>
internal static class TextHygieneRules
{
    private const int MaxExamples = 5;

    public static void Evaluate(PreparedListing listing, List<RuleHit> hits)
    {
        var examples = new List<string>();
        Scan("title", listing.Title.Head, multiline: false, examples);
        Scan("brand", listing.Brand.Head, multiline: false, examples);
        Scan("search terms", listing.SearchTerms.Head, multiline: false, examples);
        foreach (var bullet in listing.Bullets)
        {
            Scan($"bullet {bullet.Number}", bullet.Text.Head, multiline: true, examples);
        }
        Scan("description", listing.Description.Head, multiline: true, examples);
        if (examples.Count > 0)
        {
            hits.Add(new RuleHit(RuleIds.TextInvalidChars, Severity.Major, ScoreSection.Content,
                "The listing text contains invalid or control characters, which Amazon rejects or shows as boxes.",
                string.Join("; ", examples), "Retype or paste the text as plain text; remove the characters at the positions shown."));
        }
    }

    private static void Scan(string field, string text, bool multiline, List<string> examples)
    {
        var i = 0;
        while (i < text.Length && examples.Count < MaxExamples)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            string? problem = null;
            if (status != OperationStatus.Done)
            {
                problem = $"lone surrogate {Evidence.CodePoint(text[i])}";
            }
            else if (Rune.IsControl(rune) && !(multiline && rune.Value is '\n' or '\r' or '\t'))
            {
                problem = $"control character {Evidence.CodePoint(rune.Value)}";
            }
            else if (rune.Value is 0xFFFE or 0xFFFF)
            {
                problem = $"non-character {Evidence.CodePoint(rune.Value)}";
            }
            if (problem is not null)
            {
                examples.Add($"{field}: {problem} at position {i + 1}");
                return;
            }
            i += consumed;
        }
    }
}
