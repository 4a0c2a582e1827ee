using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SellerConsole.Data;

/// <summary>Stores DateTime as given (UTC by convention) and marks values read back as UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v,
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
