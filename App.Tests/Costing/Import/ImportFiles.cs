using System.Text;
using SellerConsole.Costing.Import;
using SellerConsole.Tests.Costing.Data;

namespace SellerConsole.Tests.Costing.Import;

/// <summary>Builds import files in memory and runs them through the importer.</summary>
internal static class ImportFiles
{
    public const string ComponentsHeader = "Code,Name,Supplier,SupplierCode,PackSize,VatPercent,PackCost,EffectiveFrom";
    public const string BomsHeader = "KitCode,KitName,ItemType,ItemCode,Quantity,WastePercent";
    public const string PostageHeader = "Service,Format,MaxWeightGrams,Price,VatPercent,EffectiveFrom";

    public static MemoryStream Csv(IEnumerable<string> lines) => new(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    public static string Component(int n, string packCost = "4.50", string date = "2025-01-01") =>
        $"C{n:D5},Part {n},Acme Fixings,AF-{n},100,20,{packCost},{date}";

    public static Task<ImportResult> ImportAsync(this CostingTestDb test, ImportKind kind, IEnumerable<string> lines, string fileName = "upload.csv") =>
        test.Importer.ImportAsync(kind, Csv(lines), fileName, CostingTestDb.Actor, null, default);

    public static Task<ImportResult> ImportAsync(this CostingTestDb test, ImportKind kind, byte[] file, string fileName) =>
        test.Importer.ImportAsync(kind, new MemoryStream(file), fileName, CostingTestDb.Actor, null, default);
}
