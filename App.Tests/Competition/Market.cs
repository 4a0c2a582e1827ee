using SellerConsole.Competition;

namespace SellerConsole.Tests.Competition;

/// <summary>Builds a <see cref="MarketSnapshot"/> for change-detection scenarios.</summary>
internal sealed class Market
{
    public const string Asin = "B0TESTASIN";
    private readonly DateTime _at;
    private readonly List<OfferView> _offers = [];
    private bool? _buyBoxOurs;
    private string? _winner;
    private long? _buyBoxPence;
    private int? _rank;

    private Market(DateTime at) => _at = at;

    public static Market At(DateTime at) => new(at);

    public Market Ours(long landed, bool winner = false)
    {
        _offers.Add(new OfferView("A0US0000001", landed, false, true, winner));
        return this;
    }

    public Market Rival(string seller, long landed, bool winner = false, bool fba = false)
    {
        _offers.Add(new OfferView(seller, landed, fba, false, winner));
        return this;
    }

    public Market BuyBox(bool? ours, string? winner = null, long? pence = null)
    {
        (_buyBoxOurs, _winner, _buyBoxPence) = (ours, winner, pence);
        return this;
    }

    public Market Rank(int rank)
    {
        _rank = rank;
        return this;
    }

    public MarketSnapshot Build() => new(Asin, "SKU-1", _at, [.. _offers], _buyBoxOurs, _winner, _buyBoxPence,
        _offers.FirstOrDefault(o => o.IsOurs)?.LandedPence, _rank, _offers.Count,
        _offers.Where(o => !o.IsFba).Select(o => (long?)o.LandedPence).Min(), _offers.Where(o => o.IsFba).Select(o => (long?)o.LandedPence).Min());
}
