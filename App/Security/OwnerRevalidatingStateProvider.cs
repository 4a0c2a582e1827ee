using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace SellerConsole.Security;

/// <summary>Signs an open circuit out within a minute of a password change (the stamp no longer matches).</summary>
internal sealed class OwnerRevalidatingStateProvider(ILoggerFactory loggers, OwnerService owners)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        var stamp = state.User.FindFirst(AccountEndpoints.StampClaim)?.Value;
        return Task.FromResult(stamp is null ? state.User.Identity?.IsAuthenticated == true : stamp == owners.Current?.SecurityStamp);
    }
}
