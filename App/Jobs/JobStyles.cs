using Radzen;

namespace SellerConsole.Jobs;

public static class JobStyles
{
    public static BadgeStyle Badge(JobOutcome outcome) => outcome switch
    {
        JobOutcome.Succeeded => BadgeStyle.Success,
        JobOutcome.Failed => BadgeStyle.Danger,
        JobOutcome.Cancelled => BadgeStyle.Warning,
        _ => BadgeStyle.Info,
    };

    public static ProgressBarStyle Bar(JobOutcome outcome) => outcome switch
    {
        JobOutcome.Succeeded => ProgressBarStyle.Success,
        JobOutcome.Failed => ProgressBarStyle.Danger,
        JobOutcome.Cancelled => ProgressBarStyle.Warning,
        _ => ProgressBarStyle.Primary,
    };
}
