using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Pre-signed, S3-looking document URLs: <c>X-Amz-Date</c>, <c>X-Amz-Expires=300</c> and an HMAC over
/// both and the document id, with a key made at start-up. A URL stops working 5 minutes (app time)
/// after it was issued, as Amazon's report document URLs do.
/// </summary>
public sealed class DocumentSigner
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Url(HttpRequest request, string documentId, DateTime nowUtc)
    {
        var date = nowUtc.ToString(DateFormat, CultureInfo.InvariantCulture);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{SandboxPaths.Documents}/{Uri.EscapeDataString(documentId)}"
            + $"?X-Amz-Date={date}&X-Amz-Expires={(int)Lifetime.TotalSeconds}&X-Amz-Signature={Sign(documentId, date)}";
    }

    public enum Verdict { Valid, BadSignature, Expired }

    public Verdict Check(string documentId, string date, string expires, string signature, DateTime nowUtc)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(documentId, date));
        if (expires != ((int)Lifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture)
            || !CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature))
            || !DateTime.TryParseExact(date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var issued))
        {
            return Verdict.BadSignature;
        }
        return nowUtc > issued + Lifetime ? Verdict.Expired : Verdict.Valid;
    }

    private string Sign(string documentId, string date) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{documentId}\n{date}\n{(int)Lifetime.TotalSeconds}")));
}
