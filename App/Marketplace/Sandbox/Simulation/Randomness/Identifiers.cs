using System.Text;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

/// <summary>
/// Amazon-shaped identifiers, unique by construction: each is a keyed permutation of an index.
/// </summary>
internal sealed class Identifiers
{
    public const int MaxListings = 100_000;
    public const string AmazonSellerId = "A3P5ROKL5A1OLE";
    private const string Base36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const ulong OrderDomain = 100_000_000_000_000UL;
    private const ulong Base36Pow12 = 4_738_381_338_321_616_896UL;
    private const ulong SellerDomain = 3 * Base36Pow12;

    private readonly FeistelPermutation _asins;
    private readonly FeistelPermutation _eanItems;
    private readonly FeistelPermutation _sellers;
    private readonly FeistelPermutation _orders;
    private readonly FeistelPermutation _orderItems;

    public Identifiers(int seed)
    {
        var s = (ulong)seed;
        _asins = new FeistelPermutation(2_821_109_907_456UL, SimHash.Of(s, (ulong)Purpose.Asin)); // 36^8
        _eanItems = new FeistelPermutation(100_000UL, SimHash.Of(s, (ulong)Purpose.Ean));
        _sellers = new FeistelPermutation(SellerDomain, SimHash.Of(s, (ulong)Purpose.SellerId));
        _orders = new FeistelPermutation(OrderDomain, SimHash.Of(s, (ulong)Purpose.OrderId));
        _orderItems = new FeistelPermutation(OrderDomain, SimHash.Of(s, (ulong)Purpose.OrderItemId));
    }

    /// <summary>"B0" + 8 upper-case alphanumerics. Our listings use small indices, peers large ones.</summary>
    public string Asin(long index) => "B0" + ToBase(_asins.Forward((ulong)index), Base36, 8);

    /// <summary>EAN-13 from a 7-digit GS1 company prefix and a permuted 5-digit item reference.</summary>
    public string Ean(string companyPrefix7, int listingIndex)
    {
        var body = companyPrefix7 + _eanItems.Forward((ulong)listingIndex).ToString("D5");
        return body + EanCheckDigit(body);
    }

    public static char EanCheckDigit(string twelveDigits)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var d = twelveDigits[i] - '0';
            sum += i % 2 == 0 ? d : 3 * d;
        }
        return (char)('0' + (10 - sum % 10) % 10);
    }

    /// <summary>"A" + a digit 1-3 + 12 upper-case alphanumerics, as real merchant ids look; index 0 is us.</summary>
    public string SellerId(int index)
    {
        var n = _sellers.Forward((ulong)index);
        return "A" + (char)('1' + (int)(n / Base36Pow12)) + ToBase(n % Base36Pow12, Base36, 12);
    }

    public string OrderId(int listingIndex, int sequence)
    {
        var n = _orders.Forward((ulong)sequence * MaxListings + (ulong)listingIndex).ToString("D14");
        return $"202-{n[..7]}-{n[7..]}";
    }

    public bool TryParseOrderId(string orderId, out int listingIndex, out int sequence)
    {
        listingIndex = sequence = -1;
        if (orderId.Length != 19 || !orderId.StartsWith("202-", StringComparison.Ordinal) || orderId[11] != '-')
        {
            return false;
        }
        var digits = string.Concat(orderId.AsSpan(4, 7), orderId.AsSpan(12, 7));
        if (!ulong.TryParse(digits, out var n)) return false;
        var plain = _orders.Inverse(n);
        listingIndex = (int)(plain % MaxListings);
        sequence = (int)(plain / MaxListings);
        return true;
    }

    public string OrderItemId(int listingIndex, int sequence) =>
        _orderItems.Forward((ulong)sequence * MaxListings + (ulong)listingIndex).ToString("D14");

    /// <summary>An image URL in Amazon's media-host style (not unique-checked; never used as a key).</summary>
    public static string ImageUrl(DetRandom random)
    {
        var sb = new StringBuilder("https://m.media-amazon.com/images/I/", 60);
        sb.Append((char)('5' + random.Next(3))).Append('1');
        for (var i = 0; i < 9; i++) sb.Append(Base62[random.Next(62)]);
        return sb.Append("._AC_SL1500_.jpg").ToString();
    }

    private static string ToBase(ulong value, string alphabet, int width)
    {
        Span<char> buffer = stackalloc char[width];
        var radix = (ulong)alphabet.Length;
        for (var i = width - 1; i >= 0; i--)
        {
            buffer[i] = alphabet[(int)(value % radix)];
            value /= radix;
        }
        return new string(buffer);
    }
}
