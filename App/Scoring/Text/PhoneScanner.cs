namespace SellerConsole.Scoring.Text;

/// <summary>
/// Phone numbers: a run that starts with "+", "0" or "(" at a word boundary and is made of digit groups
/// joined by at most two separators (space, hyphen, brackets; not dots, so decimal lists such as
/// "0.5 1.0 1.5 mm" are not numbers), holding 10-13 digits. That covers
/// "07700 900123", "+44 (0)20 7946 0958" and "0800-123-4567" but not "0 - 10 - 20 mm" or "1.5 x 20".
/// </summary>
internal static class PhoneScanner
{
    private const int MinDigits = 10;
    private const int MaxDigits = 13;

    public static void Find(string text, List<string> found, int max)
    {
        var i = 0;
        while (i < text.Length && found.Count < max)
        {
            var c = text[i];
            var boundary = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            if (!boundary || !(c == '+' || c == '0' || (c == '(' && i + 1 < text.Length && text[i + 1] is '0' or '+')))
            {
                i++;
                continue;
            }
            var end = ScanRun(text, i, out var digits);
            var followedByLetter = end < text.Length && char.IsLetter(text[end]);
            if (digits is >= MinDigits and <= MaxDigits && !followedByLetter)
            {
                ContactDetector.Add(found, "phone", text[i..end]);
            }
            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>Returns the end of the run (after its last digit or closing bracket) and counts its digits.</summary>
    private static int ScanRun(string text, int start, out int digits)
    {
        digits = 0;
        var lastGood = start;
        var separators = 0;
        var p = start;
        if (text[p] == '+')
        {
            p++;
        }
        while (p < text.Length && digits <= MaxDigits)
        {
            var c = text[p];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                separators = 0;
                lastGood = p + 1;
            }
            else if (c is ' ' or '-' or '(' or ')')
            {
                if (++separators > 2)
                {
                    break;
                }
                if (c == ')')
                {
                    lastGood = p + 1;
                }
            }
            else
            {
                break;
            }
            p++;
        }
        return lastGood;
    }
}
