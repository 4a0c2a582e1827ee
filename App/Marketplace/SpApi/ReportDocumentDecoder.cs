using System.IO.Compression;
using System.Text;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// Report document bytes to text. Gzip is detected by its magic bytes, not by the
/// compressionAlgorithm label (Amazon has labelled plain bodies GZIP). The charset comes from the
/// Content-Type header when it names one we know (Java names like Cp1252 included); otherwise
/// UTF-8 if the bytes are valid UTF-8, else Windows-1252, what Seller Central exports in the UK.
/// </summary>
internal static class ReportDocumentDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <exception cref="InvalidDataException">The bytes start like gzip but do not inflate.</exception>
    public static string Decode(byte[] bytes, string? charset)
    {
        var raw = IsGzip(bytes) ? Gunzip(bytes) : bytes;
        var text = Encoding(charset) is { } named ? named.GetString(raw) : Sniff(raw);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>
    /// A reader over the document's text, inflated as it is read when the charset is named (a large report is
    /// never held twice as text); without a charset the bytes are sniffed as in <see cref="Decode"/>.
    /// </summary>
    public static TextReader OpenReader(byte[] bytes, string? charset)
    {
        if (Encoding(charset) is not { } named)
        {
            return new StringReader(Decode(bytes, charset));
        }
        Stream raw = new MemoryStream(bytes, writable: false);
        if (IsGzip(bytes))
        {
            raw = new GZipStream(raw, CompressionMode.Decompress);
        }
        // detectEncodingFromByteOrderMarks: a UTF-8 BOM is skipped rather than read as part of the first column name.
        return new StreamReader(raw, named, detectEncodingFromByteOrderMarks: true);
    }

    public static Encoding? Encoding(string? charset)
    {
        var name = charset?.Trim().Trim('"');
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }
        if (name.StartsWith("cp", StringComparison.OrdinalIgnoreCase) && int.TryParse(name[2..], out var codePage))
        {
            return CodePage(codePage);
        }
        // As browsers do (WHATWG encoding labels): files labelled Latin-1 are Windows-1252 in practice,
        // and reading them as true Latin-1 turns the en dash and euro sign into control characters.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase))
        {
            return Windows1252;
        }
        try
        {
            return System.Text.Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name);
        }
    }

    private static Encoding? CodePage(int codePage)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? System.Text.Encoding.GetEncoding(codePage);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static string Sniff(byte[] raw)
    {
        try
        {
            return StrictUtf8.GetString(raw);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(raw);
        }
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }
}
