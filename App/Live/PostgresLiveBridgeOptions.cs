using System.Text.RegularExpressions;

namespace SellerConsole.Live;

/// <summary>Where and as whom a node joins the cross-node live feed.</summary>
public sealed partial class PostgresLiveBridgeOptions
{
    public required string ConnectionString { get; init; }

    /// <summary>The NOTIFY channel; NOTIFY is per database, so nodes on one database share it.</summary>
    public string Channel { get; init; } = "sellerconsole_live";

    /// <summary>Unique per process start, so a restarted node never mistakes its predecessor's events for its own.</summary>
    public string NodeId { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>The longest wait between reconnection attempts after the LISTEN connection drops.</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(30);

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("The live bridge needs a PostgreSQL connection string.", nameof(ConnectionString));
        }
        if (!ChannelName().IsMatch(Channel))
        {
            throw new ArgumentException($"'{Channel}' is not a usable channel name (lower-case letters, digits and _, at most 63).", nameof(Channel));
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex ChannelName();
}
