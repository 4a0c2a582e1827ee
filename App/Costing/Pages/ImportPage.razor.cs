using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using SellerConsole.Costing.Import;

namespace SellerConsole.Costing.Pages;

public sealed partial class ImportPage
{
    private ImportKind _kind = ImportKind.Components;
    private ImportProgress? _progress;
    private ImportResult? _result;
    private bool _running;
    private bool _ready;

    [Inject] private CostingImporter Importer { get; set; } = default!;

    private string Name => ImportColumns.FileName(_kind);

    private string Help => _kind switch
    {
        ImportKind.Components => "One row per component and dated pack cost (ex VAT, in pounds). Existing codes are updated; a cost on a date the component already has replaces it.",
        ImportKind.Boms => "One row per kit line. ItemType is Component or Kit. Each kit in the file gets exactly the file's lines; other kits are left alone. Components must exist already.",
        ImportKind.Skus => "One row per item in a SKU's box: ItemType is Component, Kit or Packaging. Weight, size, postage service and labour repeat on every row of a SKU. Each SKU in the file gets exactly the file's rows; SKUs must be listed (or already costed).",
        _ => "One row per service, format, weight band and date (ex VAT). Format is one of your postage formats, e.g. Large Letter. Imported prices replace the example prices on the same band and date.",
    };

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        if (firstRender && RendererInfo.IsInteractive)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    private async Task ImportAsync(InputFileChangeEventArgs e)
    {
        _running = true;
        _result = null;
        _progress = new ImportProgress("Uploading", 0, 0);
        try
        {
            var file = e.File;
            // The browser streams the file over the circuit; the importer buffers it before reading.
            await using var upload = file.OpenReadStream(CostingImporter.MaxFileBytes);
            var progress = new ThrottledProgress(this);
            _result = await Importer.ImportAsync(_kind, upload, file.Name, await ActorAsync(), progress, CancellationToken.None);
        }
        catch (IOException ex)
        {
            _result = new ImportResult(Guid.NewGuid(), _kind, e.File.Name, 0, 0, [new ImportError(0, "", ex.Message)], TimeSpan.Zero);
        }
        finally
        {
            _running = false;
            _progress = null;
        }
    }

    /// <summary>Shows at most ~10 progress updates a second; the import itself runs off the circuit's thread.</summary>
    private sealed class ThrottledProgress(ImportPage page) : IProgress<ImportProgress>
    {
        private long _lastTicks;

        public void Report(ImportProgress value)
        {
            var now = Environment.TickCount64;
            if (now - Interlocked.Read(ref _lastTicks) < 100 && value.Done != value.Total)
            {
                return;
            }
            Interlocked.Exchange(ref _lastTicks, now);
            _ = page.InvokeAsync(() =>
            {
                if (page._running)
                {
                    page._progress = value;
                    page.StateHasChanged();
                }
            });
        }
    }
}
