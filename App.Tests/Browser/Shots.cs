using Microsoft.Playwright;

namespace SellerConsole.Tests.Browser;

/// <summary>Screenshots for a reviewer, only when SELLERCONSOLE_SHOTS names a directory; tests never depend on them.</summary>
internal static class Shots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SELLERCONSOLE_SHOTS") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            var width = page.ViewportSize?.Width ?? 0;
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{name}-{width}.png"), FullPage = true });
        }
    }
}
