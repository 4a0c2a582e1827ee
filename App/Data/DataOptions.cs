using Microsoft.Extensions.Options;

namespace SellerConsole.Data;

/// <summary>Where SellerConsole keeps everything it owns: database, keys, backups, logs.</summary>
public sealed class DataOptions
{
    public const string Section = "Data";

    /// <summary><c>Data:Directory</c>; relative paths are resolved against the content root.</summary>
    public string Directory { get; set; } = "./data";

    /// <summary><c>ConnectionStrings:Seller</c>; empty means a SQLite file in the data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>Database:Provider</c> as configured (Sqlite or Postgres); empty means detect from the connection string.</summary>
    public string? ConfiguredProvider { get; set; }

    /// <summary>The provider in use (see <see cref="DatabaseProviders.Choose"/>).</summary>
    public DatabaseProvider Provider => DatabaseProviders.Choose(ConfiguredProvider, ConnectionString).Provider;

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>The absolute data directory (set by <see cref="DataOptionsSetup"/>).</summary>
    public string FullPath { get; set; } = "";

    public string DatabasePath => Path.Combine(FullPath, "seller.db");
    public string BackupsPath => Path.Combine(FullPath, "backups");
    public string KeysPath => Path.Combine(FullPath, "keys");
    public string LogsPath => Path.Combine(FullPath, "logs");

    public string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) ? $"Data Source={DatabasePath}" : ConnectionString;

    /// <summary>Resolves the data directory from configuration without the container (logging needs it first).</summary>
    public static DataOptions Resolve(IConfiguration configuration, string contentRoot)
    {
        var options = new DataOptions();
        configuration.GetSection(Section).Bind(options);
        options.ConnectionString = configuration.GetConnectionString("Seller");
        options.ConfiguredProvider = configuration[DatabaseProviders.ProviderKey];
        options.FullPath = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Directory) ? "./data" : options.Directory, contentRoot);
        return options;
    }
}

internal sealed class DataOptionsSetup(IConfiguration configuration, IHostEnvironment environment) : IConfigureOptions<DataOptions>
{
    public void Configure(DataOptions options)
    {
        var resolved = DataOptions.Resolve(configuration, environment.ContentRootPath);
        options.Directory = resolved.Directory;
        options.ConnectionString = resolved.ConnectionString;
        options.ConfiguredProvider = resolved.ConfiguredProvider;
        options.FullPath = resolved.FullPath;
    }
}

internal sealed class DataOptionsValidator : IValidateOptions<DataOptions>
{
    public ValidateOptionsResult Validate(string? name, DataOptions options)
    {
        try
        {
            System.IO.Directory.CreateDirectory(options.FullPath);
            var probe = Path.Combine(options.FullPath, $".write-test-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail(
                $"Data:Directory '{options.Directory}' (resolved to '{options.FullPath}') is not a writable directory: {ex.Message}");
        }

        var (_, error) = DatabaseProviders.Choose(options.ConfiguredProvider, options.ConnectionString);
        return error is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(error);
    }
}
