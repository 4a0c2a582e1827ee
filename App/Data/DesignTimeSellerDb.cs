using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SellerConsole.Data;

/// <summary>
/// What `dotnet ef migrations add` builds the model with: the same SellerDb on SQLite, without starting
/// the app (no data directory, no Sandbox, no jobs). Never used at run time.
/// </summary>
public sealed class DesignTimeSellerDb : IDesignTimeDbContextFactory<SellerDb>
{
    public SellerDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SellerDb>().UseSqlite("Data Source=design-time.db").Options);
}
