using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SellerConsole.Data;

/// <summary>
/// What `dotnet ef migrations add X --context PostgresSellerDb --output-dir App/Data/Migrations/Postgres` builds the
/// PostgreSQL model with. Adding a migration never connects, so the connection string is a placeholder.
/// </summary>
public sealed class DesignTimePostgresSellerDb : IDesignTimeDbContextFactory<PostgresSellerDb>
{
    public PostgresSellerDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSellerDb>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
