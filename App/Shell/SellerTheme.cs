using MudBlazor;

namespace SellerConsole.Shell;

/// <summary>
/// The one theme: a calm light palette for mornings at the desk and a dark one for late evenings, the
/// same hues so a colour means the same thing in both. The owner's choice lives in a cookie.
/// </summary>
public static class SellerTheme
{
    public const string DarkCookieValue = "dark";
    public const string LightCookieValue = "light";

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1F5FBF",
            Secondary = "#00897B",
            Tertiary = "#7B5EA7",
            Info = "#1E88E5",
            Success = "#2E7D32",
            Warning = "#B26A00",
            Error = "#C62828",
            AppbarBackground = "#1B2A41",
            AppbarText = "#FFFFFF",
            Background = "#F5F7FA",
            Surface = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            DrawerText = "#2B3440",
            DrawerIcon = "#4A5668",
            TextPrimary = "#1D2430",
            TextSecondary = "#566072",
            LinesDefault = "#E1E5EB",
            TableLines = "#E6E9EE",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7AA7FF",
            Secondary = "#4DB6AC",
            Tertiary = "#B39DDB",
            Info = "#64B5F6",
            Success = "#81C784",
            Warning = "#FFB74D",
            Error = "#EF7B7B",
            AppbarBackground = "#111824",
            AppbarText = "#E8ECF2",
            Background = "#141820",
            Surface = "#1C222C",
            DrawerBackground = "#171C25",
            DrawerText = "#D5DBE4",
            DrawerIcon = "#AEB7C4",
            TextPrimary = "#E8ECF2",
            TextSecondary = "#AEB7C4",
            LinesDefault = "#2E3643",
            TableLines = "#2A313D",
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px", DrawerWidthLeft = "232px" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Liberation Sans", "DejaVu Sans", "sans-serif"] },
        },
    };

    public static bool IsDark(string? cookieValue) => string.Equals(cookieValue, DarkCookieValue, StringComparison.Ordinal);
}
