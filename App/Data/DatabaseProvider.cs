namespace SellerConsole.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database <c>ConnectionStrings:Seller</c> names. <c>Database:Provider</c> says so outright; without it the
/// connection string decides (<c>Host=</c> is PostgreSQL, <c>Data Source=</c> or nothing is SQLite). Pure, so
/// logging, the DI set-up and the migrate command agree before the container exists.
/// </summary>
public static class DatabaseProviders
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionKey = "ConnectionStrings:Seller";

    /// <summary>The provider configuration names (SQLite when it is wrong: the options validator reports that).</summary>
    public static DatabaseProvider From(IConfiguration configuration) =>
        Choose(configuration[ProviderKey], configuration.GetConnectionString("Seller")).Provider;

    /// <summary>The provider, or an error message naming the configuration key that is wrong.</summary>
    public static (DatabaseProvider Provider, string? Error) Choose(string? configured, string? connectionString)
    {
        var looksLikePostgres = LooksLikePostgres(connectionString);
        var looksLikeSqlite = string.IsNullOrWhiteSpace(connectionString) || HasKey(connectionString, "Data Source", "DataSource", "Filename");
        if (string.IsNullOrWhiteSpace(configured))
        {
            return looksLikePostgres ? (DatabaseProvider.Postgres, null)
                : looksLikeSqlite ? (DatabaseProvider.Sqlite, null)
                : (DatabaseProvider.Sqlite, $"{ConnectionKey} is neither a SQLite ('Data Source=...') nor a PostgreSQL ('Host=...;Database=...') connection string; set {ProviderKey} to Sqlite or Postgres if it is one");
        }
        if (!Enum.TryParse<DatabaseProvider>(configured.Trim(), ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            return (DatabaseProvider.Sqlite, $"{ProviderKey} must be Sqlite or Postgres, not '{configured}'");
        }
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            return (provider, $"{ProviderKey} is Postgres, so {ConnectionKey} must be a PostgreSQL connection string ('Host=...;Database=...;Username=...;Password=...')");
        }
        if (provider == DatabaseProvider.Postgres && !looksLikePostgres)
        {
            return (provider, $"{ProviderKey} is Postgres but {ConnectionKey} does not look like a PostgreSQL connection string (it has no Host=)");
        }
        if (provider == DatabaseProvider.Sqlite && !looksLikeSqlite)
        {
            return (provider, $"{ProviderKey} is Sqlite but {ConnectionKey} is not a SQLite connection string ('Data Source=...')");
        }
        return (provider, null);
    }

    private static bool LooksLikePostgres(string? connectionString) =>
        !string.IsNullOrWhiteSpace(connectionString) && HasKey(connectionString, "Host", "Server");

    private static bool HasKey(string connectionString, params string[] keys) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2)[0].Trim())
            .Any(key => keys.Any(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)));
}
