namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// Remembers every secret this client has handled (LWA credentials, access tokens) and blanks
/// them out of any text bound for an exception, however the text got there (an echoing server,
/// an error description quoting the request).
/// </summary>
internal sealed class SecretScrubber
{
    private readonly object _lock = new();
    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);

    public void Remember(IEnumerable<string> secrets)
    {
        lock (_lock)
        {
            foreach (var secret in secrets.Where(s => !string.IsNullOrEmpty(s) && s.Length >= 4))
            {
                _secrets.Add(secret);
                _secrets.Add(Uri.EscapeDataString(secret));
            }
        }
    }

    public string Scrub(string text)
    {
        string[] secrets;
        lock (_lock)
        {
            secrets = [.. _secrets.OrderByDescending(s => s.Length)];
        }
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }
        return text;
    }

    public string? ScrubOrNull(string? text) => text is null ? null : Scrub(text);
}
