using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Costing.Api;
using SellerConsole.Costing.Data;
using SellerConsole.Data;
using SellerConsole.Tests.Costing.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Costing.Import;

public sealed class ImportUndoTests : IClassFixture<SharedAppFactory>
{
    private const string ComponentHeader = "Code,Name,Supplier,SupplierCode,PackSize,VatPercent,PackCost,EffectiveFrom\r\n";
    private const string BomHeader = "KitCode,KitName,ItemType,ItemCode,Quantity,WastePercent\r\n";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SellerAppFactory _app;

    public ImportUndoTests(SharedAppFactory app) => _app = app;

    [Fact]
    public async Task Undoing_a_components_import_restores_the_rows_it_updated_and_removes_the_rows_it_added()
    {
        using var api = Client(_app);
        await ImportAsync(api, "components", ComponentHeader +
            "U1-SCREW,Wood screw 4x30,Acme,AF-1,200,20,4.50,2024-01-01\r\nU1-SCREW,Wood screw 4x30,Acme,AF-1,200,20,4.80,2025-01-01\r\n");
        var before = await ExportAsync(api, "components");

        // A bad file: renames the screw, changes its 2025 cost, adds a 2026 cost and a new component.
        var bad = await ImportAsync(api, "components", ComponentHeader +
            "U1-SCREW,WRONG NAME,Other,X-9,50,0,9.99,2025-01-01\r\nU1-SCREW,WRONG NAME,Other,X-9,50,0,12.00,2026-01-01\r\n" +
            "U1-NEW,Added by mistake,Acme,AF-3,10,20,1.00,2025-01-01\r\n");
        Assert.NotEqual(before, await ExportAsync(api, "components"));
        var listed = Assert.Single(await ImportsAsync(api), i => i.Id == bad);
        Assert.True(listed.CanUndo);

        var undo = await api.PostAsync($"/api/v1/costing/imports/{bad}/undo", null);

        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(before, await ExportAsync(api, "components"));
        var after = Assert.Single(await ImportsAsync(api), i => i.Id == bad);
        Assert.False(after.CanUndo);
        Assert.NotNull(after.UndoneUtc);
        await using var db = await _app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Target == "Undo of Components import"));

        var again = await api.PostAsync($"/api/v1/costing/imports/{bad}/undo", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already undone", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Undoing_a_bom_import_gives_a_kit_back_the_lines_the_import_replaced()
    {
        using var api = Client(_app);
        await ImportAsync(api, "components", ComponentHeader +
            "U2-SCREW,Screw,Acme,A,200,20,4.50,2024-01-01\r\nU2-PLUG,Plug,Acme,B,100,20,3.00,2024-01-01\r\n");
        await ImportAsync(api, "boms", BomHeader + "U2-PACK,Fixing pack,Component,U2-SCREW,10,5\r\nU2-PACK,Fixing pack,Component,U2-PLUG,10,0\r\n");
        var before = await ExportAsync(api, "boms");
        var bad = await ImportAsync(api, "boms", BomHeader + "U2-PACK,Renamed pack,Component,U2-PLUG,1,0\r\n");
        Assert.NotEqual(before, await ExportAsync(api, "boms"));

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/costing/imports/{bad}/undo", null)).StatusCode);

        Assert.Equal(before, await ExportAsync(api, "boms"));
        var kit = (await _app.Service<CostingStore>().SnapshotAsync(default)).Data.Kits.Single(k => k.Code == "U2-PACK");
        Assert.Equal(["U2-SCREW", "U2-PLUG"], kit.Lines.Select(l => l.Item.Code));
    }

    [Fact]
    public async Task An_undo_is_refused_and_names_the_codes_edited_since_the_import_and_changes_nothing()
    {
        using var api = Client(_app);
        var bad = await ImportAsync(api, "components", ComponentHeader +
            "U3-A,Part A,Acme,A,100,20,1.00,2025-01-01\r\nU3-B,Part B,Acme,B,100,20,2.00,2025-01-01\r\n");
        Assert.True((await _app.Service<CostingStore>().SaveComponentAsync(Stock.Part("U3-B", 2.50m), "test", default)).Succeeded);
        var edited = await ExportAsync(api, "components");

        var undo = await api.PostAsync($"/api/v1/costing/imports/{bad}/undo", null);

        Assert.Equal(HttpStatusCode.Conflict, undo.StatusCode);
        using var problem = JsonDocument.Parse(await undo.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith("Not undone: U3-B changed after the Components import", detail);
        Assert.DoesNotContain("U3-A", detail);
        Assert.Equal("ChangedSince", problem.RootElement.GetProperty("reason").GetString());
        Assert.Equal(edited, await ExportAsync(api, "components"));
    }

    [Fact]
    public async Task An_import_can_be_undone_for_a_day_and_not_after()
    {
        using var app = new SellerAppFactory();
        using var api = Client(app);
        var first = await ImportAsync(api, "components", ComponentHeader + "U4-A,Part A,Acme,A,100,20,1.00,2025-01-01\r\n");
        var second = await ImportAsync(api, "components", ComponentHeader + "U4-B,Part B,Acme,B,100,20,1.00,2025-01-01\r\n");
        app.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/costing/imports/{second}/undo", null)).StatusCode);

        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.False(Assert.Single(await ImportsAsync(api), i => i.Id == first).CanUndo);
        var late = await api.PostAsync($"/api/v1/costing/imports/{first}/undo", null);

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("more than a day old", await late.Content.ReadAsStringAsync());
        Assert.Contains("U4-A", await ExportAsync(api, "components"));
    }

    [Fact]
    public async Task Undoing_an_unknown_import_is_a_404()
    {
        using var api = Client(_app);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/v1/costing/imports/{Guid.NewGuid()}/undo", null)).StatusCode);
    }

    private static HttpClient Client(SellerAppFactory app)
    {
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SellerAppFactory.BootstrapToken);
        return client;
    }

    private static async Task<string> ImportAsync(HttpClient api, string kind, string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await api.PostAsync($"/api/v1/costing/import/{kind}", new MultipartFormDataContent { { file, "file", $"{kind}.csv" } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    private static Task<string> ExportAsync(HttpClient api, string kind) => api.GetStringAsync($"/api/v1/costing/export/{kind}?format=csv");

    private static async Task<List<ImportRecordDto>> ImportsAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<List<ImportRecordDto>>("/api/v1/costing/imports", Json))!;
}
