using System.Globalization;
using System.Text.Json;

namespace SellerConsole.Marketplace.Sandbox.Keepa;

/// <summary>Writes one element of <c>products</c> in Keepa's field layout.</summary>
internal static class KeepaProductWriter
{
    private const int DomainUk = 2;

    public static void Write(Utf8JsonWriter w, KeepaProductHistory product, KeepaStatsWindow? stats)
    {
        var csv = KeepaWireFormat.Csv(product);
        w.WriteStartObject();
        w.WriteString("asin", product.Asin);
        w.WriteNumber("domainId", DomainUk);
        w.WriteNumber("productType", product.ProductType);
        w.WriteString("title", product.Title);
        w.WriteString("brand", product.Brand);
        w.WriteString("manufacturer", product.Manufacturer);
        w.WriteString("imagesCSV", product.ImagesCsv);
        w.WriteNumber("rootCategory", product.RootCategory);
        w.WriteStartArray("categories");
        foreach (var category in product.Categories)
        {
            w.WriteNumberValue(category);
        }
        w.WriteEndArray();
        w.WriteStartArray("features");
        foreach (var feature in product.Features)
        {
            w.WriteStringValue(feature);
        }
        w.WriteEndArray();
        Minute(w, "trackingSince", product.TrackingSince);
        Minute(w, "listedSince", product.ListedSince);
        Minute(w, "lastUpdate", product.LastUpdate);
        Minute(w, "lastPriceChange", product.LastPriceChange);
        Minute(w, "lastRatingUpdate", product.LastRatingUpdate);
        w.WriteStartArray("csv");
        foreach (var series in csv)
        {
            WriteInts(w, series);
        }
        w.WriteEndArray();
        if (stats is not null)
        {
            KeepaStatsWriter.Write(w, product, csv, stats);
        }
        if (product.Offers is not null)
        {
            WriteOffers(w, product, csv);
        }
        if (product.BuyBoxSellers is not null)
        {
            w.WriteStartArray("buyBoxSellerIdHistory");
            foreach (var change in product.BuyBoxSellers)
            {
                w.WriteStringValue(KeepaWireFormat.Minute(change.Utc).ToString(CultureInfo.InvariantCulture));
                w.WriteStringValue(change.UnknownSeller ? "-2" : change.SellerId ?? "-1");
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteOffers(Utf8JsonWriter w, KeepaProductHistory product, int[]?[] csv)
    {
        w.WriteStartArray("offers");
        foreach (var offer in product.Offers!)
        {
            w.WriteStartObject();
            w.WriteNumber("offerId", offer.OfferId);
            w.WriteNumber("lastSeen", KeepaWireFormat.Minute(offer.LastSeen));
            w.WriteString("sellerId", offer.SellerId);
            w.WritePropertyName("offerCSV");
            WriteInts(w, KeepaWireFormat.Triplets(offer.Prices));
            w.WriteNumber("condition", offer.Condition);
            w.WriteString("conditionComment", (string?)null);
            w.WriteBoolean("isPrime", offer.IsPrime);
            w.WriteBoolean("isMAP", false);
            w.WriteBoolean("isShippable", offer.IsShippable);
            w.WriteBoolean("isAddonItem", false);
            w.WriteBoolean("isPreorder", false);
            w.WriteBoolean("isWarehouseDeal", false);
            w.WriteBoolean("isScam", false);
            w.WriteBoolean("isAmazon", offer.IsAmazon);
            w.WriteBoolean("isFBA", offer.IsFba);
            w.WriteBoolean("isPrimeExcl", false);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("liveOffersOrder");
        WriteInts(w, new KeepaOfferSummary(product, csv).LiveOrder);
        w.WriteBoolean("offersSuccessful", true);
    }

    private static void WriteInts(Utf8JsonWriter w, int[]? values)
    {
        if (values is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteNumberValue(value);
        }
        w.WriteEndArray();
    }

    private static void Minute(Utf8JsonWriter w, string name, DateTime? utc)
    {
        if (utc is { } value)
        {
            w.WriteNumber(name, KeepaWireFormat.Minute(value));
        }
    }
}
