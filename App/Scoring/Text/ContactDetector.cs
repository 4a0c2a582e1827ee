namespace SellerConsole.Scoring.Text;

/// <summary>
/// Finds e-mail addresses, web addresses and phone numbers by hand-written scans with bounded windows,
/// so the cost stays linear in the text whatever it contains. Results read "email: x", "URL: x", "phone: x".
/// </summary>
internal static class ContactDetector
{
    private const int MaxLocalPart = 64;
    private const int MaxDomain = 255;
    private static readonly string[] UrlPrefixes = ["http://", "https://", "www."];
    private static readonly string[] Tlds = [".co.uk", ".com", ".uk", ".net", ".org", ".io", ".eu", ".shop", ".store", ".biz", ".info"];

    public static List<string> Find(string text, int max = 5)
    {
        var found = new List<string>();
        FindEmails(text, found, max);
        FindUrls(text, found, max);
        PhoneScanner.Find(text, found, max);
        return found;
    }

    private static void FindEmails(string text, List<string> found, int max)
    {
        var at = text.IndexOf('@');
        while (at >= 0 && found.Count < max)
        {
            var left = at;
            while (left > 0 && at - left < MaxLocalPart && IsLocalChar(text[left - 1]))
            {
                left--;
            }
            var right = at + 1;
            while (right < text.Length && right - at <= MaxDomain && (char.IsAsciiLetterOrDigit(text[right]) || text[right] is '.' or '-'))
            {
                right++;
            }
            var domain = text[(at + 1)..right].TrimEnd('.', '-');
            var dot = domain.LastIndexOf('.');
            if (left < at && dot > 0 && domain.Length - dot > 2 && domain[(dot + 1)..].All(char.IsAsciiLetter))
            {
                Add(found, "email", text[left..(at + 1 + domain.Length)]);
            }
            at = at + 1 < text.Length ? text.IndexOf('@', at + 1) : -1;
        }
    }

    private static void FindUrls(string text, List<string> found, int max)
    {
        var start = 0;
        while (start < text.Length && found.Count < max)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }
            // Every web address has a dot, so most words are rejected without allocating.
            if (end > start && text.AsSpan(start, end - start).Contains('.'))
            {
                var chunk = text[start..end].Trim('.', ',', ';', ':', '(', ')', '"', '\'', '!', '?');
                if (!chunk.Contains('@') && LooksLikeUrl(chunk))
                {
                    Add(found, "URL", chunk);
                }
            }
            start = end;
        }
    }

    private static bool LooksLikeUrl(string chunk)
    {
        foreach (var prefix in UrlPrefixes)
        {
            if (chunk.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && chunk.Length > prefix.Length + 2)
            {
                return true;
            }
        }
        // A bare domain such as "toolshop.co.uk" or "example.com/help": letters before a known TLD.
        var path = chunk.IndexOf('/');
        var host = path >= 0 ? chunk[..path] : chunk;
        foreach (var tld in Tlds)
        {
            if (host.Length > tld.Length && host.EndsWith(tld, StringComparison.OrdinalIgnoreCase))
            {
                var name = host[..^tld.Length];
                return name.Length >= 2 && name.Any(char.IsAsciiLetter) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
            }
        }
        return false;
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    internal static void Add(List<string> found, string kind, string value)
    {
        var item = $"{kind}: {Evidence.Clean(value, 60)}";
        if (!found.Contains(item))
        {
            found.Add(item);
        }
    }
}
