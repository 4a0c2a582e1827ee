namespace SellerConsole.Shell.Charts;

/// <summary>One step of a waterfall: an amount added to the running total, or a total drawn from zero.</summary>
public readonly record struct WaterfallInput(string Label, decimal Amount, bool IsTotal);

/// <summary>
/// Lays a waterfall out as floating columns: each step starts where the running total stands and
/// ends where the step leaves it; a total column stands on zero. Rises, falls and totals get their
/// own theme colours.
/// </summary>
public static class WaterfallSpans
{
    public const string Rise = "var(--mud-palette-success)";
    public const string Fall = "var(--mud-palette-error)";
    public const string Total = "var(--mud-palette-primary)";

    public static IReadOnlyList<ChartDatum> Layout(IEnumerable<WaterfallInput> steps)
    {
        var spans = new List<ChartDatum>();
        var running = 0m;
        foreach (var step in steps)
        {
            if (step.IsTotal)
            {
                spans.Add(ChartDatum.Span(step.Label, 0m, step.Amount, Total));
                running = step.Amount;
            }
            else
            {
                spans.Add(ChartDatum.Span(step.Label, running, running + step.Amount, step.Amount < 0 ? Fall : Rise));
                running += step.Amount;
            }
        }
        return spans;
    }
}
