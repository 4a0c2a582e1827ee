using System.Text;
using System.Text.Json;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// Where the decoder is (product, field) so failures can say so, a scratch buffer reused for every
/// csv array, and a string table so repeated names and seller ids are allocated once per response.
/// Field paths are formatted only when something fails.
/// </summary>
internal sealed class KeepaDecodeScope
{
    private const int MaxInternedLength = 64;

    private readonly HashSet<string> _strings;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private string? _parent;
    private int _parentIndex = -1;
    private string _field = "(start)";
    private int _index = -1;

    public KeepaDecodeScope()
    {
        _strings = new HashSet<string>(StringComparer.Ordinal);
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string? Asin { get; set; }

    public int ProductIndex { get; private set; } = -1;

    public int[] Scratch { get; private set; } = new int[4096];

    public void EnterProduct(int index)
    {
        ProductIndex = index;
        Asin = null;
        _parent = null;
        At("(product)");
    }

    public void LeaveProducts()
    {
        ProductIndex = -1;
        Asin = null;
        _parent = null;
    }

    public void At(string field, int index = -1)
    {
        _field = field;
        _index = index;
    }

    /// <summary>Nests the following fields under e.g. "offers[2]" or "stats".</summary>
    public void Within(string? parent, int parentIndex = -1)
    {
        _parent = parent;
        _parentIndex = parentIndex;
    }

    public string FieldPath
    {
        get
        {
            var name = _index >= 0 ? $"{_field}[{_index}]" : _field;
            return _parent is null ? name : $"{_parent}{(_parentIndex >= 0 ? $"[{_parentIndex}]" : "")}.{name}";
        }
    }

    public int[] GrowScratch()
    {
        var bigger = new int[Scratch.Length * 2];
        Scratch.CopyTo(bigger, 0);
        Scratch = bigger;
        return bigger;
    }

    /// <summary>The current string or property name, shared with earlier equal ones.</summary>
    public string Intern(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxInternedLength)
        {
            return reader.GetString()!;
        }
        Span<char> chars = stackalloc char[MaxInternedLength];
        var text = chars[..Encoding.UTF8.GetChars(reader.ValueSpan, chars)];
        if (_lookup.TryGetValue(text, out var known))
        {
            return known;
        }
        var created = new string(text);
        _strings.Add(created);
        return created;
    }

    public KeepaDecodeException Fail(string problem, Exception? inner = null) =>
        new(Asin, ProductIndex, FieldPath, problem, inner);
}
