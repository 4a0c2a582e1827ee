using System.Text.Json.Nodes;

namespace SellerConsole.Shell.Charts;

/// <summary>
/// Turns a <see cref="ChartSpec"/> into the JSON that wwwroot/js/apexchart.js hands to ApexCharts.
/// Everything that can be decided without a browser is decided here (so it is unit-tested): the
/// series with their null gaps, markers, axes, and the en-GB number and date formats. The module
/// only adds what C# cannot send: formatter functions built from those formats and the theme's
/// computed colours.
/// </summary>
public static class ApexOptions
{
    public const string Locale = "en-GB";
    public const string TimeZone = "Europe/London";

    public static JsonObject Build(ChartSpec spec)
    {
        var time = spec.IsTimeSeries;
        return new JsonObject
        {
            ["options"] = Options(spec, time),
            ["colours"] = Colours(spec),
            ["format"] = new JsonObject
            {
                ["locale"] = Locale,
                ["kind"] = spec.Kind.ToString().ToLowerInvariant(),
                ["value"] = NumberFormat(spec.Values),
                ["axisTime"] = time ? AxisTimeFormat(spec) : null,
                ["tooltipTime"] = time ? TooltipTimeFormat(spec.Times) : null,
            },
        };
    }

    /// <summary>Options for <c>Intl.NumberFormat("en-GB", ...)</c>.</summary>
    public static JsonObject NumberFormat(ValueFormat format) => format switch
    {
        ValueFormat.Money => new JsonObject { ["style"] = "currency", ["currency"] = "GBP", ["minimumFractionDigits"] = 2, ["maximumFractionDigits"] = 2 },
        ValueFormat.Score => new JsonObject { ["minimumFractionDigits"] = 0, ["maximumFractionDigits"] = 1 },
        _ => new JsonObject { ["maximumFractionDigits"] = 0 },
    };

    /// <summary>Milliseconds since 1970 UTC: what a datetime axis takes.</summary>
    public static long Epoch(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();

    // "7 Dec"; over more than half a year the axis would repeat months, so it says "7 Dec 24".
    private static JsonObject AxisTimeFormat(ChartSpec spec)
    {
        var format = new JsonObject { ["timeZone"] = TimeZone, ["day"] = "numeric", ["month"] = "short" };
        var times = spec.Series.SelectMany(s => s.Data).Select(d => d.Time).OfType<DateTime>().ToList();
        if (times.Count > 0 && times.Max() - times.Min() > TimeSpan.FromDays(183))
        {
            format["year"] = "2-digit";
        }
        return format;
    }

    private static JsonObject TooltipTimeFormat(TimeFormat times)
    {
        var format = new JsonObject { ["timeZone"] = TimeZone, ["weekday"] = "short", ["day"] = "numeric", ["month"] = "short", ["year"] = "numeric" };
        if (times == TimeFormat.DayAndTime)
        {
            format["hour"] = "2-digit";
            format["minute"] = "2-digit";
        }
        return format;
    }

    private static JsonObject Options(ChartSpec spec, bool time)
    {
        var zoom = spec.Zoom && time;
        return new JsonObject
        {
            ["chart"] = new JsonObject
            {
                ["type"] = spec.Kind switch { ChartKind.Area => "area", ChartKind.Bar => "bar", ChartKind.Waterfall => "rangeBar", _ => "line" },
                ["height"] = spec.Height,
                ["background"] = "transparent",
                ["fontFamily"] = "inherit",
                ["animations"] = new JsonObject { ["enabled"] = false },
                ["zoom"] = new JsonObject { ["enabled"] = zoom, ["type"] = "x", ["autoScaleYaxis"] = false },
                ["toolbar"] = new JsonObject
                {
                    ["show"] = zoom,
                    ["autoSelected"] = "zoom",
                    ["tools"] = new JsonObject { ["download"] = false, ["selection"] = false, ["zoom"] = true, ["zoomin"] = true, ["zoomout"] = true, ["pan"] = true, ["reset"] = true },
                },
            },
            ["series"] = new JsonArray([.. spec.Series.Select(s => (JsonNode)Series(s, spec.Kind))]),
            ["stroke"] = new JsonObject
            {
                ["curve"] = spec.Shape switch { LineShape.Step => "stepline", LineShape.Smooth => "smooth", _ => "straight" },
                ["width"] = spec.Kind is ChartKind.Bar or ChartKind.Waterfall ? 0 : 2,
            },
            ["fill"] = new JsonObject { ["opacity"] = spec.Kind == ChartKind.Area ? 0.25 : 1, ["type"] = "solid" },
            ["markers"] = new JsonObject { ["size"] = 0 },
            ["dataLabels"] = new JsonObject { ["enabled"] = false },
            ["legend"] = new JsonObject { ["show"] = spec.Legend, ["showForSingleSeries"] = spec.Legend, ["position"] = "bottom" },
            ["xaxis"] = new JsonObject
            {
                ["type"] = time ? "datetime" : "category",
                // Dates thin themselves out; category names (a waterfall's steps) tilt when they would overlap.
                ["labels"] = new JsonObject { ["hideOverlappingLabels"] = true, ["rotate"] = time ? 0 : -45, ["trim"] = false },
                ["tooltip"] = new JsonObject { ["enabled"] = false },
            },
            ["yaxis"] = YAxis(spec),
            ["grid"] = new JsonObject { ["strokeDashArray"] = 3 },
            ["tooltip"] = new JsonObject { ["shared"] = false, ["intersect"] = false },
            // A waterfall colours each column by its own step (rise, fall, total): the library does that per point only when "distributed".
            ["plotOptions"] = new JsonObject { ["bar"] = new JsonObject { ["horizontal"] = false, ["columnWidth"] = "80%", ["distributed"] = spec.Kind == ChartKind.Waterfall } },
            ["annotations"] = Annotations(spec.Markers),
        };
    }

    // One colour per series; a waterfall's single series has one colour per column instead.
    private static JsonArray Colours(ChartSpec spec) => spec.Kind == ChartKind.Waterfall
        ? new JsonArray([.. spec.Series.SelectMany(s => s.Data).Select(d => (JsonNode?)(d.Colour ?? spec.Series[0].Colour))])
        : new JsonArray([.. spec.Series.Select(s => (JsonNode?)s.Colour)]);

    private static JsonObject YAxis(ChartSpec spec)
    {
        var axis = new JsonObject { ["forceNiceScale"] = true };
        if (spec.YMin is { } min) axis["min"] = min;
        if (spec.YMax is { } max)
        {
            axis["max"] = max;
        }
        else if (!spec.HasValues)
        {
            // All zero: the library would invent a 0-1 (or 0-2) scale and label it "£1 / £0 / £0". A plain
            // scale from zero with whole steps reads as "nothing yet" instead.
            axis["min"] = spec.YMin ?? 0m;
            axis["max"] = EmptyScaleMax(spec.Values);
            axis["tickAmount"] = 2;
        }
        if (spec.YTitle is { } title) axis["title"] = new JsonObject { ["text"] = title };
        return axis;
    }

    /// <summary>The top of an all-zero chart's scale: £10, 10 units, or a full score.</summary>
    public static decimal EmptyScaleMax(ValueFormat format) => format == ValueFormat.Score ? 100 : 10;

    private static JsonObject Series(ChartSeriesSpec series, ChartKind kind) => new()
    {
        ["name"] = series.Name,
        ["data"] = new JsonArray([.. series.Data.Select(d => (JsonNode)Datum(d, kind))]),
    };

    // A null y stays in the data (not dropped): ApexCharts breaks the line there, which is the gap.
    private static JsonObject Datum(ChartDatum datum, ChartKind kind)
    {
        var point = new JsonObject { ["x"] = datum.Time is { } t ? Epoch(t) : datum.Category };
        if (kind == ChartKind.Waterfall)
        {
            point["y"] = new JsonArray(datum.From ?? 0m, datum.Value ?? 0m);
            point["amount"] = (datum.Value ?? 0m) - (datum.From ?? 0m);
        }
        else
        {
            point["y"] = datum.Value;
        }
        if (datum.Colour is { } colour) point["fillColor"] = colour;
        return point;
    }

    private static JsonObject Annotations(IReadOnlyList<ChartMarker> markers) => new()
    {
        ["points"] = new JsonArray([.. markers.Where(m => m.Value is not null).Select(m => (JsonNode)new JsonObject
        {
            ["x"] = Epoch(m.Utc),
            ["y"] = m.Value,
            // A dot only: a label on every change would bury the lines. The tooltip of the series shows the value.
            ["marker"] = new JsonObject { ["size"] = 4, ["fillColor"] = m.Colour, ["strokeColor"] = m.Colour, ["strokeWidth"] = 1 },
        })]),
        ["xaxis"] = new JsonArray([.. markers.Where(m => m.Value is null).Select(m => (JsonNode)new JsonObject
        {
            ["x"] = Epoch(m.Utc),
            ["strokeDashArray"] = 4,
            ["borderColor"] = m.Colour,
            ["label"] = new JsonObject { ["text"] = m.Label, ["borderWidth"] = 0, ["orientation"] = "horizontal" },
        })]),
    };
}
