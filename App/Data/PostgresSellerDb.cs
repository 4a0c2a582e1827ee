using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SellerConsole.Data;

/// <summary>
/// The same model on PostgreSQL, with its own migration set (Migrations/Postgres) and one table SQLite
/// does not need: the Data Protection keys, shared by every node (on SQLite they are files in the data directory).
/// </summary>
public sealed class PostgresSellerDb(DbContextOptions<PostgresSellerDb> options) : SellerDb(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
