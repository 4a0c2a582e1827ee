using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace SellerConsole.Shell.Charts;

/// <summary>
/// A typed ApexCharts chart over JS interop. Prerendered instances never call JS (the chart is
/// created after the first interactive render); later parameter changes update the same chart
/// instead of re-creating it; a lost circuit on dispose is not an error.
/// </summary>
public sealed partial class ApexChart : IAsyncDisposable
{
    private ElementReference _host;
    private IJSObjectReference? _module;
    private string? _sentJson;
    private bool _sentDark;
    private bool _rendered;
    private bool _syncing;
    private bool _again;
    private bool _disposed;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired] public ChartSpec Spec { get; set; } = new();
    [Parameter] public string? TestId { get; set; }
    [Parameter] public string? Class { get; set; }
    [Parameter] public string? AriaLabel { get; set; }
    /// <summary>Shown instead of the chart when every value is zero or missing; without it the chart draws an empty scale.</summary>
    [Parameter] public string? EmptyText { get; set; }
    /// <summary>Forces light or dark; by default the layout's cascaded "DarkMode" decides.</summary>
    [Parameter] public bool? Dark { get; set; }
    [CascadingParameter(Name = "DarkMode")] public bool DarkMode { get; set; }

    private bool IsDark => Dark ?? DarkMode;

    private bool ShowsEmpty => EmptyText is not null && !Spec.HasValues;

    protected override Task OnAfterRenderAsync(bool firstRender)
    {
        if (ShowsEmpty)
        {
            // The chart's element is gone with the render: the next values create a new chart on a new element.
            _sentJson = null;
            _rendered = false;
            return Task.CompletedTask;
        }
        return RendererInfo.IsInteractive && !_disposed ? SyncAsync() : Task.CompletedTask;
    }

    // Renders can overlap an unfinished JS call: one sync at a time, repeated until it has caught up.
    private async Task SyncAsync()
    {
        if (_syncing)
        {
            _again = true;
            return;
        }
        _syncing = true;
        try
        {
            do
            {
                _again = false;
                await SyncOnceAsync();
            }
            while (_again && !_disposed);
        }
        catch (JSDisconnectedException)
        {
            // The circuit went while drawing: nothing left to draw on.
        }
        finally
        {
            _syncing = false;
        }
    }

    private async Task SyncOnceAsync()
    {
        var json = ApexOptions.Build(Spec).ToJsonString();
        var dark = IsDark;
        if (_module is not null && json == _sentJson && dark == _sentDark)
        {
            return;
        }
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/apexchart.js");
        if (_disposed)
        {
            return;
        }
        await _module.InvokeVoidAsync(_sentJson is null ? "create" : "update", _host, json, dark);
        _sentJson = json;
        _sentDark = dark;
        if (!_rendered)
        {
            _rendered = true;
            StateHasChanged();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (_module is null)
        {
            return; // prerendered, or never interactive: there is no chart and no JS to call
        }
        try
        {
            await _module.InvokeVoidAsync("destroy", _host);
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
        catch (TaskCanceledException)
        {
        }
    }
}
