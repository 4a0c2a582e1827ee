namespace SellerConsole.Scoring.Text;

/// <summary>
/// Finds HTML tags other than &lt;br&gt; by scanning, not by regex: a tag is "&lt;", an optional "/",
/// an ASCII letter, then name characters, closed by "&gt;" within a short window. "&lt;10 lb" is not a tag.
/// </summary>
internal static class HtmlTagScanner
{
    private const int MaxTagLength = 256;

    public static List<string> DisallowedTags(string text, int max = 10)
    {
        var tags = new List<string>();
        var i = text.IndexOf('<');
        while (i >= 0 && tags.Count < max)
        {
            var tag = TagAt(text, i);
            if (tag is not null && tag != "br")
            {
                var shown = $"<{tag}>";
                if (!tags.Contains(shown))
                {
                    tags.Add(shown);
                }
            }
            i = i + 1 < text.Length ? text.IndexOf('<', i + 1) : -1;
        }
        return tags;
    }

    /// <summary>The lower-case tag name of a tag starting at position start, or null if it is not a tag.</summary>
    private static string? TagAt(string text, int start)
    {
        var p = start + 1;
        if (p < text.Length && text[p] == '/')
        {
            p++;
        }
        var nameStart = p;
        while (p < text.Length && (char.IsAsciiLetter(text[p]) || (p > nameStart && char.IsAsciiDigit(text[p]))))
        {
            p++;
        }
        if (p == nameStart)
        {
            return null;
        }
        var limit = Math.Min(text.Length, start + MaxTagLength);
        for (var q = p; q < limit; q++)
        {
            if (text[q] == '>')
            {
                var afterName = text[p];
                return afterName is '>' or '/' || char.IsWhiteSpace(afterName)
                    ? text[nameStart..p].ToLowerInvariant()
                    : null;
            }
            if (text[q] == '<')
            {
                return null;
            }
        }
        return null;
    }
}
