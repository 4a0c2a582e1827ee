using System.Text;

namespace SellerConsole.Tests.Support;

/// <summary>Reads the raw bytes of the SQLite database and its WAL, as an attacker with the disk would.</summary>
public static class DatabaseFiles
{
    public static async Task<byte[]> ReadAllAsync(string dataDirectory)
    {
        using var all = new MemoryStream();
        foreach (var name in new[] { "seller.db", "seller.db-wal", "seller.db-shm" })
        {
            var path = Path.Combine(dataDirectory, name);
            if (File.Exists(path))
            {
                await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                await file.CopyToAsync(all);
            }
        }
        return all.ToArray();
    }

    /// <summary>True if the text appears in UTF-8 or UTF-16, the two ways SQLite could store it.</summary>
    public static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 ||
        haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;

    public static bool LogsContain(string dataDirectory, string text)
    {
        var logs = Path.Combine(dataDirectory, "logs");
        return Directory.Exists(logs) && Directory.EnumerateFiles(logs).Any(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Contains(text, StringComparison.Ordinal);
        });
    }
}
