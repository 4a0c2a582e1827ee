using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Security;

namespace SellerConsole.Competition;

/// <summary>The change-detection thresholds: defaults until the owner saves them; every save is audited.</summary>
public sealed class CompetitionSettingsStore(IDbContextFactory<SellerDb> dbs, AuditLog audit)
{
    public async Task<CompetitionSettings> GetAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.CompetitionSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? new CompetitionSettings();
    }

    /// <summary>Problems with the values (empty = valid).</summary>
    public static IReadOnlyList<string> Validate(CompetitionSettings s)
    {
        var problems = new List<string>();
        if (s.UndercutMinPence is < 0 or > 100_000) problems.Add("The undercut threshold is 0 to 1,000 pounds (in pence: 0-100000).");
        if (s.RankJumpPercent is < 1 or > 10_000) problems.Add("The sales-rank jump is 1% to 10,000%.");
        if (s.RankJumpMaxRank < 1) problems.Add("The highest rank watched for jumps must be at least 1.");
        return problems;
    }

    public async Task<IReadOnlyList<string>> SaveAsync(CompetitionSettings wanted, string actor, CancellationToken ct)
    {
        var problems = Validate(wanted);
        if (problems.Count > 0)
        {
            return problems;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.CompetitionSettings.FirstOrDefaultAsync(ct);
        if (row is null)
        {
            row = new CompetitionSettings();
            db.CompetitionSettings.Add(row);
        }
        row.UndercutMinPence = wanted.UndercutMinPence;
        row.RankJumpPercent = wanted.RankJumpPercent;
        row.RankJumpMaxRank = wanted.RankJumpMaxRank;
        row.AlertOnNewSeller = wanted.AlertOnNewSeller;
        row.AlertOnBuyBoxWon = wanted.AlertOnBuyBoxWon;
        row.AlertOnOutOfStock = wanted.AlertOnOutOfStock;
        row.AlertOnRankJump = wanted.AlertOnRankJump;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor, AuditActions.SettingsChanged, "Competition thresholds",
            $"undercut {row.UndercutMinPence}p, rank jump {row.RankJumpPercent}% up to rank {row.RankJumpMaxRank:N0}, alerts: new seller {row.AlertOnNewSeller}, buy box won {row.AlertOnBuyBoxWon}, out of stock {row.AlertOnOutOfStock}, rank jump {row.AlertOnRankJump}",
            cancellationToken: ct);
        return [];
    }
}
