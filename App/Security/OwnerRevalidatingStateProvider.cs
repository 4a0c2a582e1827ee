using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace SellerConsole.Security;

/// <summary>
/// Signs an open circuit out within a minute of a password change (the stamp no longer matches) or of
/// its session being signed out (in another tab, say).
/// </summary>
internal sealed class OwnerRevalidatingStateProvider(ILoggerFactory loggers, OwnerService owners, OwnerSessions sessions)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        var stamp = state.User.FindFirst(AccountEndpoints.StampClaim)?.Value;
        return stamp is not null && stamp == owners.Current?.SecurityStamp && await sessions.IsActiveAsync(state.User, cancellationToken);
    }
}
