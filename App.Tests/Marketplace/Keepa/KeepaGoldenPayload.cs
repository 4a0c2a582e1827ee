namespace SellerConsole.Tests.Marketplace.Keepa;

/// <summary>
/// A hand-written Keepa response. Keepa minutes used (minute 0 = 2011-01-01T00:00Z):
/// 1 = 00:01, 10/20/30 = 00:10/00:20/00:30, 60 = 01:00, 1440 = 2011-01-02T00:00,
/// 411000 = 2011-10-13T10:00, 411100 = 2011-10-13T11:40, 411180 = 2011-10-13T13:00 (Keepa's doc example),
/// 525600 = 2012-01-01T00:00 (2011 has 365 days), 7889760 = 2026-01-01T00:00.
/// </summary>
internal static class KeepaGoldenPayload
{
    public const string Json = """
        {
          "timestamp": 1767225600000,
          "tokensLeft": -37,
          "refillIn": 38205,
          "refillRate": 20,
          "tokenFlowReduction": 0.0,
          "tokensConsumed": 112,
          "processingTimeInMs": 5120,
          "aFieldFromTheFuture": { "nested": [1, 2.5, { "x": null }], "s": "t" },
          "products": [
            {
              "csv": [
                [0, 1299, 1, -1, 60, 1349],
                null,
                null,
                [0, 15234, 1440, -1, 411180, 1],
                null, null, null,
                [10, 999, 299, 20, -1, -1, 30, 1000, 0],
                null, null, null, null, null, null, null,
                [411180, -3],
                [0, 45, 525600, 38, 525601, -1],
                [0, 0],
                [411000, 1399, 200, 411100, -1, -1],
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                [0, 5, 60, 6, 120, 7],
                [1, 2, 3]
              ],
              "asin": "B0ABCDEFGH",
              "domainId": 2,
              "productType": 0,
              "title": "Claw hammer 16oz",
              "brand": "Stanley",
              "manufacturer": null,
              "rootCategory": 79903031,
              "categories": [79903031, 1939164031],
              "trackingSince": 0,
              "listedSince": 0,
              "lastUpdate": 7889760,
              "lastPriceChange": 411180,
              "stats": {
                "current": [1349, -1, -1, 1, -1, -1, -1, 1000, -1, -1, -1, -1, -1, -1, -1, 4, 38, 0, 1599],
                "avg": [1310, -1, -1, 20000],
                "avg30": [-1],
                "avg90": [1300],
                "avg180": [1290],
                "atIntervalStart": [1299],
                "min": [[0, 1299], null, null, [411180, 1], null, null, null, null, null, null, null, null, null, null, null, null, [525600, 38]],
                "max": [[60, 1349]],
                "minInInterval": null,
                "outOfStockPercentage30": [25, -1, -1, -1],
                "outOfStockPercentage90": [0],
                "isLowest": [false, true],
                "buyBoxStats": { "A2L77EE7U53NWQ": { "percentageWon": 55.5, "avgPrice": 1400, "isFBA": false, "lastSeen": 411180 } },
                "totalOfferCount": 3,
                "lastOffersUpdate": 411180,
                "retrievedOfferCount": 2,
                "offerCountFBA": -2,
                "offerCountFBM": 2,
                "buyBoxPrice": 1399,
                "buyBoxShipping": 200,
                "buyBoxSellerId": "A2L77EE7U53NWQ",
                "buyBoxIsFBA": false,
                "buyBoxIsAmazon": false,
                "buyBoxIsUnqualified": false,
                "sellerIdsLowestFBM": ["A2L77EE7U53NWQ"],
                "salesRankDrops30": 12,
                "stockBuyBox": 10
              },
              "offers": [
                {
                  "offerId": 4, "lastSeen": 411180, "sellerId": "A2L77EE7U53NWQ",
                  "offerCSV": [411000, 1450, 299, 411100, -2, -2, 411180, 1399, -1],
                  "condition": 1, "conditionComment": null, "isPrime": false, "isMAP": false,
                  "isShippable": true, "isAmazon": false, "isFBA": false, "stockCSV": [411180, 5]
                },
                {
                  "offerId": 7, "lastSeen": 411000, "sellerId": "A3P5ROKL5A1OLE",
                  "offerCSV": [411000, 1500, 0], "condition": 3, "isPrime": true,
                  "isShippable": true, "isAmazon": false, "isFBA": true
                }
              ],
              "liveOffersOrder": [0],
              "buyBoxSellerIdHistory": ["411000", "A2L77EE7U53NWQ", "411100", "-1", "411180", "-2"],
              "offersSuccessful": true
            },
            { "asin": "B0SECOND01", "productType": 4, "csv": null }
          ]
        }
        """;
}
