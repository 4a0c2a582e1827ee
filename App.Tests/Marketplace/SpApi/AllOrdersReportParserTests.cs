using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class AllOrdersReportParserTests
{
    // Amazon's column order (by last update); tests below shuffle and trim it.
    private const string Header =
        "amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\torder-channel\t"
        + "ship-service-level\tproduct-name\tsku\tasin\titem-status\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\t"
        + "gift-wrap-price\tgift-wrap-tax\titem-promotion-discount\tship-promotion-discount\tship-city\tship-state\tship-postal-code\tship-country\t"
        + "promotion-ids\tis-business-order\tpurchase-order-number\tprice-designation";

    private static string Row(string id, string purchased, string updated, string status, string title, string sku, string asin, string itemStatus,
        string quantity, string price, string shipping, string postcode = "SW1A 1AA", string city = "London") =>
        string.Join('\t', id, "", purchased, updated, status, "Merchant", "Amazon.co.uk", "", "Standard", title, sku, asin, itemStatus, quantity,
            price.Length > 0 ? "GBP" : "", price, "", shipping, "", "", "", "", "", city, "", postcode, "GB", "", "false", "", "");

    private static List<MarketOrder> Parse(params string[] lines) =>
        [.. AllOrdersReportParser.Parse(new StringReader(string.Join("\r\n", lines) + "\r\n"))];

    [Fact]
    public void A_multi_item_order_is_one_order_with_its_lines_and_the_latest_update()
    {
        var orders = Parse(Header,
            Row("202-1111111-2222222", "2026-11-01T09:15:02+00:00", "2026-11-02T10:00:00+00:00", "Shipped", "Forgefast Screwdriver Set", "FF-SD32", "B0CX23V2ZK", "Shipped", "2", "49.98", "3.99"),
            Row("202-1111111-2222222", "2026-11-01T09:15:02+00:00", "2026-11-02T11:30:00+00:00", "Shipped", "Café Spirit Level – 60 cm", "FF-LVL60", "B0CX23V2ZL", "Shipped", "1", "12.50", "0.00"),
            Row("203-3333333-4444444", "2026-11-01T10:00:00+01:00", "2026-11-01T10:00:00+01:00", "Shipping", "Tape 5m", "FF-TAPE", "B0CX23V2ZM", "Unshipped", "1", "4.99", "1.50", "EH1 2NG", "Edinburgh"));

        Assert.Equal(2, orders.Count);
        var first = orders[0];
        Assert.Equal(("202-1111111-2222222", "SHIPPED", "MFN", "SW1A", "London"), (first.OrderId, first.Status, first.FulfilmentChannel, first.ShipPostcodePrefix, first.ShipCity));
        Assert.Equal(new DateTime(2026, 11, 1, 9, 15, 2, DateTimeKind.Utc), first.PurchaseDateUtc);
        Assert.Equal(new DateTime(2026, 11, 2, 11, 30, 0, DateTimeKind.Utc), first.LastUpdatedUtc);
        Assert.Equal(new[] { ("FF-SD32", 2, 24.99m, 49.98m, 3.99m), ("FF-LVL60", 1, 12.50m, 12.50m, 0m) },
            first.Items.Select(i => (i.Sku!, i.Quantity, i.UnitPrice!.Value, i.ItemPrice!.Value, i.ShippingPrice!.Value)));
        Assert.Equal("Café Spirit Level – 60 cm", first.Items[1].Title);
        Assert.Null(first.OrderTotal);
        var second = orders[1];
        Assert.Equal(("UNSHIPPED", "EH1", new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc)), (second.Status, second.ShipPostcodePrefix, second.PurchaseDateUtc));
    }

    [Fact]
    public void A_pending_order_has_no_prices_and_columns_are_found_by_name_in_any_order()
    {
        var orders = Parse(
            "quantity\tORDER-STATUS\tsku\tamazon-order-id\tpurchase-date\titem-price\tshipping-price",
            "1\tPending\tFF-SD32\t204-5555555-6666666\t2026-11-03 08:00:00 GMT\t\t",
            "3\tCancelled\tFF-TAPE\t205-7777777-8888888\t2026-11-03T08:05:00Z\t14.97\t");

        var pending = orders[0];
        Assert.Equal(("PENDING", "UNKNOWN"), (pending.Status, pending.FulfilmentChannel));
        Assert.Null(pending.ShipPostcodePrefix);
        Assert.Null(pending.Items[0].Asin);
        Assert.Equal((1, (decimal?)null, (decimal?)null, (decimal?)null), (pending.Items[0].Quantity, pending.Items[0].UnitPrice, pending.Items[0].ItemPrice, pending.Items[0].ShippingPrice));
        Assert.Equal(pending.PurchaseDateUtc, pending.LastUpdatedUtc);
        Assert.Equal(("CANCELLED", (decimal?)4.99m, (decimal?)14.97m), (orders[1].Status, orders[1].Items[0].UnitPrice, orders[1].Items[0].ItemPrice));
    }

    [Fact]
    public void Quoted_values_a_byte_order_mark_blank_lines_and_a_missing_trailing_column_are_read()
    {
        var orders = Parse(
            "\uFEFF\"amazon-order-id\"\tpurchase-date\torder-status\tquantity\tproduct-name\titem-price\tship-city",
            "\"206-1212121-3434343\"\t2026-11-04T12:00:00+00:00\tShipped\t1\t\"12\"\" ruler, \"\"steel\"\"\"\t\"7.50\"",
            "",
            "207-1212121-3434343\t2026-11-04T12:01:00+00:00\tShipping\t2\tHe said \"hi\" mug\t9.00\t");

        Assert.Equal(2, orders.Count);
        Assert.Equal(("206-1212121-3434343", "12\" ruler, \"steel\"", (decimal?)7.50m), (orders[0].OrderId, orders[0].Items[0].Title, orders[0].Items[0].ItemPrice));
        Assert.Null(orders[0].ShipCity);
        Assert.Equal(("He said \"hi\" mug", (decimal?)4.50m), (orders[1].Items[0].Title, orders[1].Items[0].UnitPrice));
    }

    [Theory]
    [InlineData("Shipping", new[] { "Shipped", "Unshipped" }, "PARTIALLY_SHIPPED")]
    [InlineData("Shipping", new[] { "Unshipped" }, "UNSHIPPED")]
    [InlineData("Unshipped", new[] { "Unshipped" }, "UNSHIPPED")]
    [InlineData("PartiallyShipped", new[] { "Shipped", "Unshipped" }, "PARTIALLY_SHIPPED")]
    [InlineData("Canceled", new[] { "Cancelled" }, "CANCELLED")]
    [InlineData("PendingAvailability", new[] { "Unshipped" }, "PENDING_AVAILABILITY")]
    [InlineData("Invoice Unconfirmed", new[] { "Unshipped" }, "INVOICE_UNCONFIRMED")]
    public void Report_status_words_become_the_fulfillment_statuses_searchOrders_gives(string orderStatus, string[] itemStatuses, string expected) =>
        Assert.Equal(expected, AllOrdersReportParser.Status(orderStatus, itemStatuses));

    [Theory]
    [InlineData("amazon-order-id\tpurchase-date\tquantity", "no order-status column")]
    [InlineData("amazon-order-id\tpurchase-date\torder-status\tquantity\n202-1\t2026-11-01T09:00:00Z\tShipped\ttwo", "line 2: quantity 'two' is not a whole number")]
    [InlineData("amazon-order-id\tpurchase-date\torder-status\tquantity\titem-price\n202-1\t2026-11-01T09:00:00Z\tShipped\t1\t£4.99", "line 2: item-price '£4.99' is not a number")]
    [InlineData("amazon-order-id\tpurchase-date\torder-status\tquantity\n202-1\tyesterday\tShipped\t1", "line 2: purchase-date 'yesterday' is not a date we know")]
    [InlineData("amazon-order-id\tpurchase-date\torder-status\tquantity\n202-1\t2026-11-01T09:00:00Z\tShipped\t1\n202-2\t2026-11-01T09:00:00Z\tShipped\t1\n202-1\t2026-11-01T09:00:00Z\tShipped\t1",
        "line 4: amazon-order-id '202-1' comes back after other orders")]
    [InlineData("", "the report is empty")]
    public void A_malformed_file_fails_with_the_line_and_column(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => AllOrdersReportParser.Parse(new StringReader(text)).ToList());
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Orders_stream_out_before_the_file_is_read_to_its_end()
    {
        var lines = new List<string> { Header };
        for (var i = 0; i < 5_000; i++)
        {
            lines.Add(Row($"202-{i:D7}-0000000", "2026-11-01T09:15:02+00:00", "2026-11-01T09:15:02+00:00", "Shipped", "Item", $"SKU-{i}", "B0CX23V2ZK", "Shipped", "1", "1.00", "0.00"));
        }
        lines.Add("not\ta\tvalid\trow\tbecause\tthe\tdate\tis\tnot\ta\tdate");
        var reader = new StringReader(string.Join('\n', lines));
        using var orders = AllOrdersReportParser.Parse(reader).GetEnumerator();

        Assert.True(orders.MoveNext());
        Assert.Equal("202-0000000-0000000", orders.Current.OrderId);
        var read = 1;
        Assert.Throws<FormatException>(() => { while (orders.MoveNext()) read++; });
        Assert.Equal(5_000, read);
    }
}
