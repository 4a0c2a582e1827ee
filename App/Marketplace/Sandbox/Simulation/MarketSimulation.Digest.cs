using System.Security.Cryptography;
using System.Text;
using SellerConsole.Marketplace.Sandbox.Simulation.Market;

namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>A SHA-256 over the whole world state: catalogue, offers, buy box, histories, orders.</summary>
public sealed partial class MarketSimulation
{
    /// <summary>Fingerprint of the entire state at now (brings every ASIN up to date first).
    /// Equal digests mean equal worlds; used to prove determinism and stepping invariance.</summary>
    public string ComputeDigest() => Read(now =>
    {
        CatchUpAll(now);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var buffer = new MemoryStream();
        using var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        w.Write(now);
        foreach (var sim in _sims)
        {
            WriteListing(w, sim.Entry.Listing);
            WriteMarket(w, sim);
            hash.AppendData(buffer.GetBuffer(), 0, (int)buffer.Length);
            buffer.SetLength(0);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    });

    private static void WriteListing(BinaryWriter w, CatalogListing l)
    {
        w.Write(l.Sku); w.Write(l.Asin); w.Write(l.Ean); w.Write(l.Brand); w.Write(l.Category); w.Write(l.ProductType);
        w.Write(l.ItemName); w.Write(l.WeightGrams); w.Write(l.Dimensions.ToString()); w.Write(l.ShippingCharge);
        w.Write(l.CostHint); w.Write(l.OpenedUtc.Ticks);
        var c = l.Content;
        w.Write(c.Title); w.Write(string.Join('\u0001', c.Bullets)); w.Write(c.Description); w.Write(c.SearchTerms);
        w.Write(c.HasAplus); w.Write((int)c.Defects);
        foreach (var i in c.Images) w.Write(i.ToString());
        foreach (var i in l.Issues) w.Write($"{i.Code}|{i.Severity}|{i.Enforcement}|{i.Message}");
    }

    private static void WriteMarket(BinaryWriter w, AsinSimulator sim)
    {
        w.Write(sim.BuyBoxSerial); w.Write(sim.ReviewCount); w.Write(sim.StarsTimesTen);
        foreach (var o in sim.Offers)
        {
            w.Write(o.Seller.SellerId); w.Write(o.Price); w.Write(o.Shipping); w.Write(o.Stock); w.Write(o.Active);
            w.Write(o.ArrivedAt); w.Write(o.LeftAt);
            WriteSeries(w, o.History);
        }
        foreach (var (name, series) in sim.Series.All())
        {
            w.Write(name);
            WriteSeries(w, series);
        }
        foreach (var o in sim.Orders)
        {
            w.Write(o.Sequence); w.Write(o.PurchasedAt); w.Write(o.Quantity); w.Write(o.UnitPricePence); w.Write(o.ShippingPence);
            w.Write(o.PostcodeArea); w.Write(o.UnshippedAt); w.Write(o.ClosedAt); w.Write(o.Canceled);
        }
    }

    private static void WriteSeries(BinaryWriter w, ChangePointSeries s)
    {
        w.Write(s.Count);
        foreach (var (time, value) in s)
        {
            w.Write(time);
            w.Write(value);
        }
    }
}
