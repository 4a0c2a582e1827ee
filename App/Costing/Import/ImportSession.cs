using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace SellerConsole.Costing.Import;

/// <summary>
/// The connection and transaction an import, its capture and its undo write through, on SQLite or PostgreSQL. The SQL
/// is written once for both: identifiers quoted as EF names them (PostgreSQL folds unquoted names to lower case),
/// parameters named <c>@name</c> (both providers accept it); only the "codes in a JSON array" subquery differs.
/// </summary>
internal sealed record ImportSession(DbConnection Connection, DbTransaction Transaction, bool IsPostgres)
{
    public static ImportSession Of(DatabaseFacade database, IDbContextTransaction transaction) =>
        new(database.GetDbConnection(), transaction.GetDbTransaction(), !database.IsSqlite());

    /// <summary>A subquery yielding each string of the JSON array in parameter <c>@keys</c>: one parameter however many codes.</summary>
    public string Keys => IsPostgres
        ? "(SELECT jsonb_array_elements_text(CAST(@keys AS jsonb)))"
        : "(SELECT value FROM json_each(@keys))";

    /// <summary>A command whose parameters are set by position, for tight import loops.</summary>
    public DbCommand Prepare(string sql, params string[] parameters)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }
        // SQLite compiles the statement once for the whole loop. Npgsql would fix each parameter's type at prepare
        // time from the first (possibly null) value, so there each execution is parsed by the server instead.
        if (!IsPostgres)
        {
            command.Prepare();
        }
        return command;
    }
}

internal static class Sql
{
    public static DbCommand With(this DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                // Every time here is UTC; PostgreSQL's timestamptz refuses a time whose kind is not said to be UTC.
                DateTime { Kind: DateTimeKind.Unspecified } time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
                var value => value,
            };
        }
        return command;
    }

    /// <summary>The id a <c>RETURNING "Id"</c> gave back (a long on SQLite, an int on PostgreSQL).</summary>
    public static async Task<long> IdAsync(this DbCommand command, CancellationToken ct) =>
        Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
}
