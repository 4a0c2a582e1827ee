using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SellerConsole.Data;

/// <summary>
/// Stores DateTime as UTC (the convention; an unspecified Kind is taken as UTC, because PostgreSQL's
/// timestamptz refuses anything not marked UTC) and marks values read back as UTC (SQLite drops the Kind).
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
