using MudBlazor;

namespace SellerConsole.Jobs;

/// <summary>Theme colours for outcomes, so light and dark palettes both apply.</summary>
public static class JobStyles
{
    public static Color Outcome(JobOutcome outcome) => outcome switch
    {
        JobOutcome.Succeeded => Color.Success,
        JobOutcome.Failed => Color.Error,
        JobOutcome.Cancelled => Color.Warning,
        JobOutcome.Skipped => Color.Default,
        _ => Color.Info,
    };

    /// <summary>A bar is the primary colour while it runs and takes the outcome's colour when it ends.</summary>
    public static Color Bar(JobOutcome? finished) => finished is { } outcome ? Outcome(outcome) : Color.Primary;
}
