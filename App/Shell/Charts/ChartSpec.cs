namespace SellerConsole.Shell.Charts;

public enum ChartKind
{
    Line,
    Area,
    Bar,
    /// <summary>Floating columns (a cost waterfall): each datum spans <see cref="ChartDatum.From"/> to <see cref="ChartDatum.Value"/>.</summary>
    Waterfall,
}

public enum LineShape
{
    Straight,
    Smooth,
    /// <summary>A change-point series: each value holds until the next point.</summary>
    Step,
}

/// <summary>How values are written on the y axis and in tooltips (always en-GB).</summary>
public enum ValueFormat
{
    /// <summary>Whole numbers with thousands separators: "12,345".</summary>
    Count,
    /// <summary>Pounds and pence: "£1,234.50".</summary>
    Money,
    /// <summary>A 0-100 score with at most one decimal: "87.5".</summary>
    Score,
}

/// <summary>How a time x value is written: a UK day ("7 Dec 2026") or a UK day and time.</summary>
public enum TimeFormat
{
    Day,
    DayAndTime,
}

/// <summary>
/// One value of a series: at a UTC time, or in a named category. A null value is a gap (no offer,
/// no rank) and is drawn as a break in the line, never as zero.
/// </summary>
public sealed record ChartDatum
{
    private ChartDatum(DateTime? time, string? category, decimal? value, decimal? from, string? colour)
    {
        Time = time;
        Category = category;
        Value = value;
        From = from;
        Colour = colour;
    }

    public DateTime? Time { get; }
    public string? Category { get; }
    public decimal? Value { get; }
    public decimal? From { get; }
    public string? Colour { get; }

    public static ChartDatum At(DateTime utc, decimal? value) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), null, value, null, null);

    public static ChartDatum For(string category, decimal? value) => new(null, category, value, null, null);

    /// <summary>A floating column from <paramref name="from"/> to <paramref name="to"/>, in its own colour (a CSS colour or var).</summary>
    public static ChartDatum Span(string category, decimal from, decimal to, string colour) => new(null, category, to, from, colour);
}

/// <param name="Colour">A CSS colour or a theme variable such as <c>var(--mud-palette-primary)</c>; null takes the theme's next colour.</param>
public sealed record ChartSeriesSpec(string Name, IReadOnlyList<ChartDatum> Data, string? Colour = null);

/// <summary>
/// A marked moment: a dot at (time, value), or, with no value, a dashed vertical line (for instance
/// our offer withdrawn).
/// </summary>
public sealed record ChartMarker(DateTime Utc, decimal? Value, string Label, string Colour);

/// <summary>Everything one chart draws. Built by pages from their own data; turned into ApexCharts options by <see cref="ApexOptions"/>.</summary>
public sealed record ChartSpec
{
    public ChartKind Kind { get; init; } = ChartKind.Line;
    public LineShape Shape { get; init; } = LineShape.Straight;
    public IReadOnlyList<ChartSeriesSpec> Series { get; init; } = [];
    public IReadOnlyList<ChartMarker> Markers { get; init; } = [];
    public ValueFormat Values { get; init; } = ValueFormat.Count;
    public TimeFormat Times { get; init; } = TimeFormat.DayAndTime;
    public string? YTitle { get; init; }
    public decimal? YMin { get; init; }
    public decimal? YMax { get; init; }
    public int Height { get; init; } = 240;
    /// <summary>Drag to zoom on the x axis, with pan and reset in the chart's toolbar.</summary>
    public bool Zoom { get; init; }
    public bool Legend { get; init; }

    public bool IsTimeSeries => Series.Any(s => s.Data.Any(d => d.Time is not null));

    public int GapCount => Series.Sum(s => s.Data.Count(d => d.Value is null));

    /// <summary>False when every value is missing or zero: nothing to draw, and no scale to read one from.</summary>
    public bool HasValues => Series.Any(s => s.Data.Any(d => d.Value is { } v && v != 0 || d.From is { } f && f != 0));
}
