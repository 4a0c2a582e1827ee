using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace SellerConsole.Reports.Rendering;

/// <summary>
/// Renders a report's Razor markup to an HTML string on the server (<see cref="HtmlRenderer"/>), in a
/// fresh service scope: no circuit, no browser, no script. The result is self-contained and is what
/// Chromium prints.
/// </summary>
public sealed class ReportHtml(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public Task<string> RenderAsync(PrintableReport report) =>
        RenderAsync<ReportPrintView>(new Dictionary<string, object?> { [nameof(ReportPrintView.Report)] = report });

    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
