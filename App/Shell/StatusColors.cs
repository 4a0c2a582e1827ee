using MudBlazor;
using SellerConsole.Alerts;
using SellerConsole.Jobs;

namespace SellerConsole.Shell;

/// <summary>The colour each alert severity and job outcome wears everywhere in the console.</summary>
public static class StatusColors
{
    public static Color Of(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => Color.Error,
        AlertSeverity.Warning => Color.Warning,
        _ => Color.Info,
    };

    public static Color Of(JobOutcome outcome) => outcome switch
    {
        JobOutcome.Succeeded => Color.Success,
        JobOutcome.Failed => Color.Error,
        JobOutcome.Cancelled => Color.Warning,
        _ => Color.Info,
    };
}
