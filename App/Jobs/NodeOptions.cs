using Microsoft.Extensions.Options;

namespace SellerConsole.Jobs;

/// <summary>What this process does when several SellerConsole nodes share one PostgreSQL database.</summary>
public enum NodeRole
{
    /// <summary>Pages, API and a Hangfire server (the default; the only sensible choice for one machine).</summary>
    All,

    /// <summary>Pages and API only: "Run now" and chains are enqueued for the worker nodes to run.</summary>
    Web,

    /// <summary>The Hangfire server only (plus /healthz and, in Sandbox mode, the Sandbox its jobs call).</summary>
    Worker,
}

/// <summary><c>Node:Role</c> = all | web | worker.</summary>
public sealed class NodeOptions
{
    public const string Section = "Node";
    public const string RoleKey = "Node:Role";

    public string? Role { get; set; }

    public NodeRole ParsedRole => TryParse(Role, out var role) ? role : NodeRole.All;

    public static bool TryParse(string? value, out NodeRole role)
    {
        role = NodeRole.All;
        return string.IsNullOrWhiteSpace(value) ||
               (Enum.TryParse(value.Trim(), ignoreCase: true, out role) && Enum.IsDefined(role));
    }

    public static NodeRole Read(IConfiguration configuration) =>
        new NodeOptions { Role = configuration[RoleKey] }.ParsedRole;
}

internal sealed class NodeOptionsValidator : IValidateOptions<NodeOptions>
{
    public ValidateOptionsResult Validate(string? name, NodeOptions options) =>
        NodeOptions.TryParse(options.Role, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{NodeOptions.RoleKey} must be all, web or worker, not '{options.Role}'");
}
