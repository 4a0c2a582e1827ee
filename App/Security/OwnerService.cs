using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Security;

public enum SignInStatus
{
    Succeeded,
    Invalid,
    NoOwner,
}

public sealed record SignInCheck(SignInStatus Status, Owner? Owner = null);

/// <summary>What every request needs to know about the owner, kept in memory (one row, rarely changes).</summary>
public sealed record OwnerSnapshot(int Id, string Email, string SecurityStamp);

/// <summary>
/// The single owner account: first-run setup, password checks, password change. Guessing is slowed per
/// source address by <see cref="SignInThrottle"/>, not by locking the account (which a stranger could do).
/// Passwords are hashed with ASP.NET Core Identity's PasswordHasher (PBKDF2).
/// </summary>
public sealed class OwnerService(
    IDbContextFactory<SellerDb> dbs,
    IPasswordHasher<Owner> hasher,
    AuditLog audit,
    TimeProvider clock,
    ILogger<OwnerService> log)
{
    private OwnerSnapshot? _current;
    private bool _loaded;

    public OwnerSnapshot? Current => _current;

    public bool HasOwner => _current is not null;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var owner = await db.Owners.AsNoTracking().OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        _current = owner is null ? null : new OwnerSnapshot(owner.Id, owner.Email, owner.SecurityStamp);
        _loaded = true;
    }

    public static string? ValidateNewCredentials(string? email, string? password, string? confirm)
    {
        if (string.IsNullOrWhiteSpace(email) || !MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim())
        {
            return "Enter a valid email address.";
        }
        if (string.IsNullOrEmpty(password) || password.Length < SignInOptions.MinimumPasswordLength)
        {
            return $"The password must be at least {SignInOptions.MinimumPasswordLength} characters.";
        }
        return confirm is not null && confirm != password ? "The two passwords do not match." : null;
    }

    /// <summary>Creates the owner. Fails (returns an error) once an owner exists: setup happens once.</summary>
    public async Task<string?> CreateAsync(string email, string password, string actor, string? remoteIp, CancellationToken cancellationToken)
    {
        var problem = ValidateNewCredentials(email, password, null);
        if (problem is not null)
        {
            return problem;
        }

        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        if (await db.Owners.AnyAsync(cancellationToken))
        {
            return "An owner already exists.";
        }
        var owner = new Owner
        {
            Email = email.Trim(),
            PasswordHash = "",
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            SecurityStamp = NewStamp(),
        };
        owner.PasswordHash = hasher.HashPassword(owner, password);
        db.Owners.Add(owner);
        await db.SaveChangesAsync(cancellationToken);
        _current = new OwnerSnapshot(owner.Id, owner.Email, owner.SecurityStamp);
        await audit.WriteAsync(actor, AuditActions.OwnerCreated, owner.Email, null, remoteIp, cancellationToken);
        log.LogInformation("Owner account created by {Actor}", actor);
        return null;
    }

    /// <summary>Creates the owner from Owner:Email/Owner:Password if none exists yet.</summary>
    public async Task EnsureConfiguredOwnerAsync(OwnerOptions configured, CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            await LoadAsync(cancellationToken);
        }
        if (HasOwner || string.IsNullOrWhiteSpace(configured.Email) || string.IsNullOrEmpty(configured.Password))
        {
            return;
        }
        var problem = await CreateAsync(configured.Email, configured.Password, "config", null, cancellationToken);
        if (problem is not null)
        {
            throw new InvalidOperationException($"Owner:Email/Owner:Password: {problem}");
        }
    }

    public async Task<SignInCheck> CheckPasswordAsync(string? email, string? password, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var owner = await db.Owners.OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return new SignInCheck(SignInStatus.NoOwner);
        }

        // Always verify the hash, so a wrong email costs the same time as a wrong password.
        var verdict = hasher.VerifyHashedPassword(owner, owner.PasswordHash, password ?? "");
        var emailMatches = string.Equals(owner.Email, email?.Trim(), StringComparison.OrdinalIgnoreCase);
        if (verdict == PasswordVerificationResult.Failed || !emailMatches)
        {
            return new SignInCheck(SignInStatus.Invalid, owner);
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            owner.PasswordHash = hasher.HashPassword(owner, password!);
        }
        owner.LastSignInUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new SignInCheck(SignInStatus.Succeeded, owner);
    }

    /// <summary>The signed-in owner re-entering the password before a sensitive change (API tokens).</summary>
    public async Task<bool> VerifyPasswordAsync(string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var owner = await db.Owners.AsNoTracking().OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        return owner is not null && hasher.VerifyHashedPassword(owner, owner.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    /// <summary>Changes the password and the security stamp, which signs out every other session.</summary>
    public async Task<string?> ChangePasswordAsync(string currentPassword, string newPassword, string confirm, string actor, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var owner = await db.Owners.OrderBy(o => o.Id).FirstAsync(cancellationToken);
        if (hasher.VerifyHashedPassword(owner, owner.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
        {
            return "The current password is wrong.";
        }
        var problem = ValidateNewCredentials(owner.Email, newPassword, confirm);
        if (problem is not null)
        {
            return problem;
        }
        owner.PasswordHash = hasher.HashPassword(owner, newPassword);
        owner.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken);
        _current = new OwnerSnapshot(owner.Id, owner.Email, owner.SecurityStamp);
        await audit.WriteAsync(actor, AuditActions.PasswordChanged, owner.Email, "Password changed; other sessions signed out", cancellationToken: cancellationToken);
        return null;
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
