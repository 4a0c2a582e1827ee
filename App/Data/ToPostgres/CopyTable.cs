using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;
using NpgsqlTypes;

namespace SellerConsole.Data.ToPostgres;

/// <summary>
/// One table of the model as the copy sees it: its columns with the CLR type each is stored as, how to read a
/// value of that type from either database, and an order-independent checksum over rows (the two databases sort
/// strings differently, so the sum of per-row SHA-256 hashes is compared, not a hash of an ordered stream).
/// </summary>
internal sealed record CopyTable(string Name, IReadOnlyList<CopyColumn> Columns, string? IdentityColumn)
{
    public static CopyTable From(ITable table)
    {
        var columns = table.Columns.Select(c => new CopyColumn(c.Name, Nullable.GetUnderlyingType(c.ProviderClrType) ?? c.ProviderClrType)).ToList();
        var key = table.PrimaryKey?.Columns;
        var identity = key is { Count: 1 } && key[0].ProviderClrType is var t && (t == typeof(int) || t == typeof(long)) &&
                       key[0].PropertyMappings.Any(m => m.Property.ValueGenerated == ValueGenerated.OnAdd)
            ? key[0].Name
            : null;
        return new CopyTable(table.Name, columns, identity);
    }

    public string SelectSql => $"SELECT {string.Join(", ", Columns.Select(c => Quote(c.Name)))} FROM {Quote(Name)}";

    public string CopySql => $"COPY {Quote(Name)} ({string.Join(", ", Columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public object?[] Read(DbDataReader reader)
    {
        var row = new object?[Columns.Count];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = reader.IsDBNull(i) ? null : Columns[i].Read(reader, i);
        }
        return row;
    }

    /// <summary>The first 8 bytes of the row's SHA-256, to be summed (wrapping) over the table.</summary>
    public static ulong RowHash(object?[] row)
    {
        var text = new StringBuilder();
        foreach (var value in row)
        {
            text.Append(Canonical(value)).Append('\u001f');
        }
        return BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0);
    }

    private static string Canonical(object? value) => value switch
    {
        null => "\u0000",
        DateTime d => d.Ticks.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.############################", CultureInfo.InvariantCulture),
        double f => f.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

internal sealed record CopyColumn(string Name, Type Type)
{
    public object Read(DbDataReader reader, int ordinal) => Type switch
    {
        _ when Type == typeof(string) => reader.GetString(ordinal),
        _ when Type == typeof(long) => reader.GetInt64(ordinal),
        _ when Type == typeof(int) => reader.GetInt32(ordinal),
        _ when Type == typeof(short) => reader.GetInt16(ordinal),
        _ when Type == typeof(bool) => reader.GetBoolean(ordinal),
        _ when Type == typeof(double) => reader.GetDouble(ordinal),
        _ when Type == typeof(float) => reader.GetFloat(ordinal),
        _ when Type == typeof(decimal) => reader.GetDecimal(ordinal),
        // Every time in the model is UTC; SQLite hands them back without a Kind.
        _ when Type == typeof(DateTime) => DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc),
        _ when Type == typeof(DateOnly) => reader.GetFieldValue<DateOnly>(ordinal),
        _ when Type == typeof(TimeSpan) => reader.GetFieldValue<TimeSpan>(ordinal),
        _ when Type == typeof(Guid) => reader.GetGuid(ordinal),
        _ when Type == typeof(byte[]) => reader.GetFieldValue<byte[]>(ordinal),
        _ => throw new NotSupportedException($"Column {Name}: values of type {Type.Name} are not copied (add it to CopyColumn)"),
    };

    public NpgsqlDbType DbType => Type switch
    {
        _ when Type == typeof(string) => NpgsqlDbType.Text,
        _ when Type == typeof(long) => NpgsqlDbType.Bigint,
        _ when Type == typeof(int) => NpgsqlDbType.Integer,
        _ when Type == typeof(short) => NpgsqlDbType.Smallint,
        _ when Type == typeof(bool) => NpgsqlDbType.Boolean,
        _ when Type == typeof(double) => NpgsqlDbType.Double,
        _ when Type == typeof(float) => NpgsqlDbType.Real,
        _ when Type == typeof(decimal) => NpgsqlDbType.Numeric,
        _ when Type == typeof(DateTime) => NpgsqlDbType.TimestampTz,
        _ when Type == typeof(DateOnly) => NpgsqlDbType.Date,
        _ when Type == typeof(TimeSpan) => NpgsqlDbType.Interval,
        _ when Type == typeof(Guid) => NpgsqlDbType.Uuid,
        _ when Type == typeof(byte[]) => NpgsqlDbType.Bytea,
        _ => throw new NotSupportedException($"Column {Name}: values of type {Type.Name} are not copied (add it to CopyColumn)"),
    };
}
