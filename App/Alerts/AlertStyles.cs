using Radzen;

namespace SellerConsole.Alerts;

public static class AlertStyles
{
    public static BadgeStyle Badge(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => BadgeStyle.Danger,
        AlertSeverity.Warning => BadgeStyle.Warning,
        _ => BadgeStyle.Info,
    };
}
