using System.Globalization;

namespace SellerConsole.Catalog.Sync;

/// <summary>
/// Where a partial catalogue run stopped, kept as the catalogue's sync cursor: the time its report was applied
/// and how many listings' details it could not read. Which ones is in the data: every live listing whose details
/// were last read before that report (<see cref="Listing.DetailsSyncedUtc"/>). The next run within
/// <see cref="ResumeWithin"/> reads only those; a later one (the next night's) is a full run again.
/// </summary>
public sealed record CatalogueCheckpoint(DateTime ReportUtc, int Left)
{
    public static readonly TimeSpan ResumeWithin = TimeSpan.FromHours(12);

    private const string LeftKey = "details-left=";
    private const string ReportKey = "report=";

    public string Format() => $"{LeftKey}{Left.ToString(CultureInfo.InvariantCulture)};{ReportKey}{ReportUtc.ToString("O", CultureInfo.InvariantCulture)}";

    public bool CanResume(DateTime nowUtc) => Left > 0 && nowUtc >= ReportUtc && nowUtc - ReportUtc < ResumeWithin;

    /// <summary>The checkpoint in a cursor, or null for none (a complete last run, or a cursor of another shape).</summary>
    public static CatalogueCheckpoint? Parse(string? cursor)
    {
        var parts = cursor?.Split(';');
        if (parts is not [var left, var report] || !left.StartsWith(LeftKey, StringComparison.Ordinal) || !report.StartsWith(ReportKey, StringComparison.Ordinal))
        {
            return null;
        }
        return int.TryParse(left.AsSpan(LeftKey.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && DateTime.TryParse(report.AsSpan(ReportKey.Length), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new CatalogueCheckpoint(at, count)
            : null;
    }
}
