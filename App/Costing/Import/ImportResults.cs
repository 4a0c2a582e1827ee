using System.Collections.Concurrent;
using System.Globalization;

namespace SellerConsole.Costing.Import;

/// <summary>
/// The last few import results, kept in memory so the error report can be downloaded as CSV from a
/// link (a plain GET) after the import ran in the page or through the API.
/// </summary>
public sealed class ImportResults
{
    private const int Keep = 20;
    private readonly ConcurrentDictionary<Guid, ImportResult> _results = new();
    private readonly ConcurrentQueue<Guid> _order = new();

    public ImportResult Add(ImportResult result)
    {
        _results[result.Id] = result;
        _order.Enqueue(result.Id);
        while (_order.Count > Keep && _order.TryDequeue(out var old))
        {
            _results.TryRemove(old, out _);
        }
        return result;
    }

    public ImportResult? Find(Guid id) => _results.GetValueOrDefault(id);

    public static string ReportUrl(ImportResult result) => $"/api/v1/costing/imports/{result.Id}/errors.csv";

    /// <summary>Row, Column, Message: one line per refused row, sorted by row.</summary>
    public static byte[] ErrorReportCsv(ImportResult result) => TableFiles.Write(
        TableFormat.Csv, "Errors", ["Row", "Column", "Message"],
        result.Errors.Select(e => new[] { e.Row.ToString(CultureInfo.InvariantCulture), e.Column, e.Message }));
}
