using MudBlazor;

namespace SellerConsole.Alerts;

public static class AlertStyles
{
    /// <summary>The theme colour an alert of this severity is shown in (a palette colour, so dark mode follows).</summary>
    public static Color Badge(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => Color.Error,
        AlertSeverity.Warning => Color.Warning,
        _ => Color.Info,
    };
}
