using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

public sealed class KeepaDecoderMalformedTests
{
    private const string Tokens = "\"timestamp\":1767225600000,\"tokensLeft\":5,\"refillIn\":1000,\"refillRate\":20,\"tokensConsumed\":1";

    private static string Response(string product) => $"{{{Tokens},\"products\":[{product}]}}";

    private static string Hammer(string fields) => Response($"{{\"asin\":\"B0ABCDEFGH\",\"productType\":0,{fields}}}");

    private static KeepaDecodeException Fails(string json) => Assert.Throws<KeepaDecodeException>(() => KeepaDecoder.Decode(json));

    [Fact]
    public void An_odd_pair_series_names_the_asin_and_the_csv_index()
    {
        var error = Fails(Hammer("\"csv\":[null,null,null,[0,1,2,3,4,5,6]]"));

        Assert.Equal("ASIN B0ABCDEFGH csv[3]: odd number of entries (7)", error.Message);
        Assert.Equal(("B0ABCDEFGH", "csv[3]"), (error.Asin, error.Field));
    }

    [Fact]
    public void A_shipping_series_must_hold_whole_triplets()
    {
        var error = Fails(Hammer("\"csv\":[null,null,null,null,null,null,null,[0,1,2,3,4,5,6,7]]"));

        Assert.Equal("ASIN B0ABCDEFGH csv[7]: 8 entries is not a whole number of (time, price, shipping) triplets", error.Message);
    }

    [Theory]
    [InlineData("[0,\"1299\"]", "entry 1: expected a number but found a string (\"1299\")")]
    [InlineData("[0,12.5]", "entry 1: expected a whole number in int range but found 12.5")]
    [InlineData("[0,3000000000]", "entry 1: expected a whole number in int range but found 3000000000")]
    [InlineData("[0,true]", "entry 1: expected a number but found the boolean true")]
    [InlineData("{\"a\":1}", "expected an array but found an object")]
    public void A_wrong_value_in_a_series_is_reported_not_zeroed(string series, string problem)
    {
        var error = Fails(Hammer($"\"csv\":[{series}]"));

        Assert.Equal($"ASIN B0ABCDEFGH csv[0]: {problem}", error.Message);
    }

    [Fact]
    public void Truncated_json_names_the_asin_and_the_field_being_read()
    {
        var json = Hammer("\"csv\":[[0,1299],null,null,[0,15234,1440,-1]]");
        var truncated = json[..json.IndexOf("1440", StringComparison.Ordinal)];

        var error = Fails(truncated);

        Assert.Equal("B0ABCDEFGH", error.Asin);
        Assert.Equal("csv[3]", error.Field);
        Assert.StartsWith("ASIN B0ABCDEFGH csv[3]: malformed or truncated JSON", error.Message);
    }

    [Fact]
    public void A_failure_before_the_asin_field_still_names_the_asin_when_it_comes_later()
    {
        var error = Fails(Response("{\"csv\":[null,null,null,[0,1,2]],\"productType\":0,\"asin\":\"B0LATEASIN\"}"));

        Assert.Equal("ASIN B0LATEASIN csv[3]: odd number of entries (3)", error.Message);
    }

    [Fact]
    public void Truncation_before_the_asin_names_the_product_position_instead()
    {
        var cut = KeepaGoldenPayload.Json.IndexOf("1440, -1, 411180", StringComparison.Ordinal);

        var error = Fails(KeepaGoldenPayload.Json[..cut]);

        Assert.Null(error.Asin);
        Assert.StartsWith("products[0] (ASIN unknown) csv[3]: malformed or truncated JSON", error.Message);
    }

    [Fact]
    public void Every_prefix_of_a_valid_response_fails_loudly()
    {
        var json = KeepaGoldenPayload.Json.TrimEnd();
        for (var length = 0; length < json.Length; length += 7)
        {
            var prefix = json[..length];
            if (prefix.TrimEnd().Length == 0 || !prefix.Contains("\"products\"", StringComparison.Ordinal))
            {
                Assert.Throws<KeepaDecodeException>(() => KeepaDecoder.Decode(prefix));
                continue;
            }
            var error = Assert.Throws<KeepaDecodeException>(() => KeepaDecoder.Decode(prefix));
            Assert.False(string.IsNullOrEmpty(error.Field), $"prefix length {length}");
        }
    }

    [Theory]
    [InlineData("\"tokensLeft\":\"5\",\"timestamp\":1,\"refillIn\":1,\"refillRate\":1",
        "response tokensLeft: expected a number but found a string (\"5\")")]
    [InlineData("\"tokensLeft\":5,\"refillIn\":1,\"refillRate\":1", "response timestamp: missing")]
    [InlineData("\"tokensLeft\":5,\"timestamp\":1,\"refillRate\":1", "response refillIn: missing")]
    [InlineData("\"tokensLeft\":5,\"timestamp\":1,\"refillIn\":1", "response refillRate: missing")]
    [InlineData("\"timestamp\":1,\"refillIn\":1,\"refillRate\":1", "response tokensLeft: missing")]
    public void Token_fields_are_required_and_typed(string fields, string message)
    {
        Assert.Equal(message, Fails($"{{{fields}}}").Message);
    }

    [Theory]
    [InlineData("{\"productType\":0}", "products[0] (ASIN unknown) asin: missing")]
    [InlineData("{\"asin\":\"B0ABCDEFGH\"}", "ASIN B0ABCDEFGH productType: missing")]
    [InlineData("{\"asin\":\"B0ABCDEFGH\",\"productType\":9}", "ASIN B0ABCDEFGH productType: unknown product type 9")]
    [InlineData("{\"asin\":42,\"productType\":0}", "products[0] (ASIN unknown) asin: expected a string but found the number 42")]
    public void Products_need_an_asin_and_a_known_type(string product, string message)
    {
        Assert.Equal(message, Fails(Response(product)).Message);
    }

    [Theory]
    [InlineData("\"offers\":[{\"offerId\":1,\"sellerId\":\"S1\",\"offerCSV\":[0,1,2]},{\"offerId\":2,\"sellerId\":\"S2\",\"offerCSV\":[0,1,2,3]}]",
        "offers[1].offerCSV: 4 entries is not a whole number of (time, price, shipping) triplets")]
    [InlineData("\"offers\":[{\"offerId\":1,\"offerCSV\":[0,1,2]}]", "offers[0].sellerId: missing")]
    [InlineData("\"offers\":[{\"offerId\":1,\"sellerId\":\"S1\",\"offerCSV\":[0,1,2],\"condition\":11}]",
        "offers[0].condition: unknown condition code 11")]
    [InlineData("\"offers\":[{\"offerId\":1,\"sellerId\":\"S1\",\"offerCSV\":[0,1,2],\"isFBA\":\"yes\"}]",
        "offers[0].isFBA: expected true or false but found a string (\"yes\")")]
    [InlineData("\"stats\":{\"min\":[[0,1,2]]}", "stats.min: entry 0: expected [time, value] but found 3 numbers")]
    [InlineData("\"stats\":{\"current\":[1,2,true]}", "stats.current: entry 2: expected a number but found the boolean true")]
    [InlineData("\"stats\":{\"buyBoxPrice\":\"12\"}", "stats.buyBoxPrice: expected a number but found a string (\"12\")")]
    [InlineData("\"buyBoxSellerIdHistory\":[\"1\",\"S1\",\"2\"]", "buyBoxSellerIdHistory: odd number of entries (3)")]
    [InlineData("\"buyBoxSellerIdHistory\":[\"soon\",\"S1\"]", "buyBoxSellerIdHistory: entry 0: \"soon\" is not a Keepa minute")]
    [InlineData("\"buyBoxSellerIdHistory\":[1,\"S1\"]", "buyBoxSellerIdHistory: entry 0: expected a string but found the number 1")]
    public void Offer_stats_and_buy_box_faults_name_their_field(string fields, string problem)
    {
        Assert.Equal($"ASIN B0ABCDEFGH {problem}", Fails(Hammer(fields)).Message);
    }

    [Theory]
    [InlineData("", "response (start): malformed or truncated JSON")]
    [InlineData("[]", "response (start): expected a JSON object but found an array")]
    [InlineData("not json", "response (start): malformed or truncated JSON")]
    public void Input_that_is_not_a_response_object_is_refused(string json, string messageStart)
    {
        Assert.StartsWith(messageStart, Fails(json).Message);
    }

    [Fact]
    public void Content_after_the_response_is_refused()
    {
        var valid = Hammer("\"csv\":null");

        Assert.StartsWith("response (end): malformed or truncated JSON", Fails(valid + "{}").Message);
        Assert.StartsWith("response (end): malformed or truncated JSON", Fails(valid + "x").Message);
    }
}
