using MudBlazor;
using SellerConsole.Jobs;

namespace SellerConsole.Shell;

/// <summary>The colour each job outcome wears everywhere in the console.</summary>
public static class StatusColors
{
    public static Color Of(JobOutcome outcome) => outcome switch
    {
        JobOutcome.Succeeded => Color.Success,
        JobOutcome.Failed => Color.Error,
        JobOutcome.Cancelled => Color.Warning,
        _ => Color.Info,
    };
}
