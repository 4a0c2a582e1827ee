using System.Globalization;
using System.Text.Json.Nodes;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Tests.Shell;

public sealed class ApexChartOptionsTests
{
    private static readonly DateTime T0 = new(2026, 11, 1, 9, 30, 0, DateTimeKind.Utc);

    private static JsonObject Options(ChartSpec spec) => ApexOptions.Build(spec)["options"]!.AsObject();

    [Fact]
    public void A_null_value_is_sent_as_a_json_null_at_its_time_so_the_chart_breaks_the_line_there()
    {
        var spec = new ChartSpec { Series = [new("Buy box", [ChartDatum.At(T0, 12.99m), ChartDatum.At(T0.AddHours(1), null), ChartDatum.At(T0.AddHours(2), 11.50m)])] };

        var data = Options(spec)["series"]![0]!["data"]!.AsArray();

        Assert.Equal(3, data.Count);
        Assert.Equal(ApexOptions.Epoch(T0.AddHours(1)), data[1]!["x"]!.GetValue<long>());
        Assert.True(data[1]!.AsObject().ContainsKey("y"), "the gap keeps its y key");
        Assert.Null(data[1]!["y"]);
        Assert.Equal(12.99m, data[0]!["y"]!.GetValue<decimal>());
        Assert.Equal(1, spec.GapCount);
    }

    [Fact]
    public void Times_are_sent_as_utc_epoch_milliseconds_and_the_axis_is_a_datetime_axis_in_uk_time()
    {
        var local = DateTime.SpecifyKind(T0, DateTimeKind.Unspecified);
        var built = ApexOptions.Build(new ChartSpec { Series = [new("Our price", [ChartDatum.At(local, 1m)])] });

        Assert.Equal(1_793_525_400_000L, built["options"]!["series"]![0]!["data"]![0]!["x"]!.GetValue<long>());
        Assert.Equal("datetime", built["options"]!["xaxis"]!["type"]!.GetValue<string>());
        Assert.Equal("Europe/London", built["format"]!["axisTime"]!["timeZone"]!.GetValue<string>());
        Assert.Equal("Europe/London", built["format"]!["tooltipTime"]!["timeZone"]!.GetValue<string>());
        Assert.Equal("en-GB", built["format"]!["locale"]!.GetValue<string>());
    }

    [Fact]
    public void Money_is_formatted_as_pounds_and_pence_and_counts_as_whole_numbers_with_thousands_separators()
    {
        var money = ApexOptions.NumberFormat(ValueFormat.Money);
        Assert.Equal("currency", money["style"]!.GetValue<string>());
        Assert.Equal("GBP", money["currency"]!.GetValue<string>());
        Assert.Equal(2, money["minimumFractionDigits"]!.GetValue<int>());
        Assert.Equal(2, money["maximumFractionDigits"]!.GetValue<int>());
        // The browser formats with Intl.NumberFormat("en-GB", options); .NET's en-GB currency format is the same text.
        Assert.Equal("£1,234.50", 1234.5m.ToString("C2", CultureInfo.GetCultureInfo(ApexOptions.Locale)));

        var count = ApexOptions.NumberFormat(ValueFormat.Count);
        Assert.False(count.ContainsKey("style"));
        Assert.Equal(0, count["maximumFractionDigits"]!.GetValue<int>());
        Assert.Equal(1, ApexOptions.NumberFormat(ValueFormat.Score)["maximumFractionDigits"]!.GetValue<int>());
    }

    [Fact]
    public void A_marker_with_a_value_is_a_dot_at_that_point_and_one_without_is_a_vertical_line()
    {
        var spec = new ChartSpec
        {
            Series = [new("Our price", [ChartDatum.At(T0, 10m)])],
            Markers = [new(T0.AddDays(1), 9.99m, "Our price to £9.99", "var(--mud-palette-primary)"), new(T0.AddDays(2), null, "Our offer withdrawn", "var(--mud-palette-primary)")],
        };

        var annotations = Options(spec)["annotations"]!;

        var dot = Assert.Single(annotations["points"]!.AsArray())!;
        Assert.Equal(ApexOptions.Epoch(T0.AddDays(1)), dot["x"]!.GetValue<long>());
        Assert.Equal(9.99m, dot["y"]!.GetValue<decimal>());
        Assert.Equal("var(--mud-palette-primary)", dot["marker"]!["fillColor"]!.GetValue<string>());
        var line = Assert.Single(annotations["xaxis"]!.AsArray())!;
        Assert.Equal(ApexOptions.Epoch(T0.AddDays(2)), line["x"]!.GetValue<long>());
        Assert.Equal("Our offer withdrawn", line["label"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Zoom_and_its_toolbar_are_on_only_for_a_time_series_that_asks_for_them()
    {
        var time = new ChartSpec { Zoom = true, Shape = LineShape.Step, Series = [new("Rank", [ChartDatum.At(T0, 5m)])] };
        var categories = new ChartSpec { Zoom = true, Series = [new("Revenue", [ChartDatum.For("Mon", 5m)])] };

        Assert.True(Options(time)["chart"]!["zoom"]!["enabled"]!.GetValue<bool>());
        Assert.True(Options(time)["chart"]!["toolbar"]!["tools"]!["pan"]!.GetValue<bool>());
        Assert.Equal("stepline", Options(time)["stroke"]!["curve"]!.GetValue<string>());
        Assert.False(Options(categories)["chart"]!["zoom"]!["enabled"]!.GetValue<bool>());
        Assert.False(Options(categories)["chart"]!["toolbar"]!["show"]!.GetValue<bool>());
        Assert.Equal("category", Options(categories)["xaxis"]!["type"]!.GetValue<string>());
        Assert.Null(ApexOptions.Build(categories)["format"]!["axisTime"]);
    }

    [Fact]
    public void Series_colours_are_sent_separately_for_the_browser_to_resolve_from_the_theme()
    {
        var built = ApexOptions.Build(new ChartSpec { Series = [new("A", [], "var(--mud-palette-error)"), new("B", [])] });

        var colours = built["colours"]!.AsArray();
        Assert.Equal("var(--mud-palette-error)", colours[0]!.GetValue<string>());
        Assert.Null(colours[1]);
    }

    [Fact]
    public void A_waterfall_floats_each_step_from_the_running_total_and_stands_totals_on_zero()
    {
        var spans = WaterfallSpans.Layout([new("Price", 20m, false), new("VAT", -3.33m, false), new("Fees", -4.17m, false), new("Profit", 12.50m, true)]);

        Assert.Equal([(0m, 20m), (20m, 16.67m), (16.67m, 12.50m), (0m, 12.50m)], spans.Select(s => (s.From!.Value, s.Value!.Value)));
        Assert.Equal([WaterfallSpans.Rise, WaterfallSpans.Fall, WaterfallSpans.Fall, WaterfallSpans.Total], spans.Select(s => s.Colour));

        var built = ApexOptions.Build(new ChartSpec { Kind = ChartKind.Waterfall, Series = [new("Per unit", spans)] });
        var vat = built["options"]!["series"]![0]!["data"]![1]!;
        Assert.Equal("rangeBar", built["options"]!["chart"]!["type"]!.GetValue<string>());
        Assert.Equal("VAT", vat["x"]!.GetValue<string>());
        Assert.Equal([20m, 16.67m], vat["y"]!.AsArray().Select(v => v!.GetValue<decimal>()));
        Assert.Equal(-3.33m, vat["amount"]!.GetValue<decimal>());
        Assert.Equal(WaterfallSpans.Fall, vat["fillColor"]!.GetValue<string>());
        // The library colours columns one by one only when "distributed", from the colour list.
        Assert.True(built["options"]!["plotOptions"]!["bar"]!["distributed"]!.GetValue<bool>());
        Assert.Equal([WaterfallSpans.Rise, WaterfallSpans.Fall, WaterfallSpans.Fall, WaterfallSpans.Total], built["colours"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public void Axis_dates_gain_a_year_only_when_the_chart_spans_more_than_half_a_year()
    {
        static JsonNode? Year(params DateTime[] times) =>
            ApexOptions.Build(new ChartSpec { Series = [new("Rank", [.. times.Select(t => ChartDatum.At(t, 1m))])] })["format"]!["axisTime"]!["year"];

        Assert.Null(Year(T0, T0.AddDays(90)));
        Assert.Equal("2-digit", Year(T0, T0.AddDays(400))!.GetValue<string>());
    }

    [Fact]
    public void An_all_zero_chart_gets_a_whole_scale_from_zero_instead_of_the_library_s_zero_to_one()
    {
        var zeros = new ChartSpec { Kind = ChartKind.Bar, Values = ValueFormat.Money, YMin = 0, Series = [new("Revenue", [ChartDatum.At(T0, 0m), ChartDatum.At(T0.AddDays(1), null)])] };
        var axis = Options(zeros)["yaxis"]!;

        Assert.False(zeros.HasValues);
        Assert.Equal(0m, axis["min"]!.GetValue<decimal>());
        Assert.Equal(10m, axis["max"]!.GetValue<decimal>());
        Assert.Equal(2, axis["tickAmount"]!.GetValue<int>());

        // One real value and the library scales to the data as before; a stated maximum always wins.
        var some = zeros with { Series = [new("Revenue", [ChartDatum.At(T0, 0m), ChartDatum.At(T0.AddDays(1), 0.40m)])] };
        Assert.True(some.HasValues);
        Assert.Null(Options(some)["yaxis"]!["max"]);
        Assert.Equal(5m, Options(zeros with { YMax = 5 })["yaxis"]!["max"]!.GetValue<decimal>());
        Assert.Equal(100m, Options(zeros with { Values = ValueFormat.Score })["yaxis"]!["max"]!.GetValue<decimal>());
    }
}
