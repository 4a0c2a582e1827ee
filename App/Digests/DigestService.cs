using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Security;

namespace SellerConsole.Digests;

/// <summary>
/// Builds digests and queues them. <see cref="ComposeAsync"/> returns a <see cref="DigestDraft"/>: charts and the
/// PDF are added to it there (see the draft), before <see cref="QueueAsync"/> stores it in the mailbox.
/// </summary>
public sealed class DigestService(IDbContextFactory<SellerDb> dbs, DigestLoader loader, DigestChart chart, DigestPdf pdf, OwnerMailbox mailbox, SettingsStore settings, ConsoleLinks links, TimeProvider clock, ILogger<DigestService> log)
{
    public async Task<DigestPlan> PlanAsync(CancellationToken cancellationToken) => DigestPlan.Parse(
        await settings.GetAsync(SettingsCatalog.DigestEnabled, cancellationToken),
        await settings.GetAsync(SettingsCatalog.DigestTime, cancellationToken),
        await settings.GetAsync(SettingsCatalog.DigestWeekly, cancellationToken));

    /// <summary>The digests due now that have not been queued yet (none while email is not set up).</summary>
    public async Task<IReadOnlyList<DigestKind>> PendingAsync(CancellationToken cancellationToken)
    {
        if ((await SmtpSettings.LoadAsync(settings, cancellationToken)).Settings is null)
        {
            return [];
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DigestSchedule.UkToday(now);
        var keys = DigestSchedule.Due(await PlanAsync(cancellationToken), now).ToDictionary(k => k, k => Key(k, today));
        if (keys.Count == 0)
        {
            return [];
        }
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var wanted = keys.Values.ToList();
        var queued = await db.Set<OwnerMailRecord>().Where(m => m.DedupKey != null && wanted.Contains(m.DedupKey)).Select(m => m.DedupKey!).ToListAsync(cancellationToken);
        return keys.Where(k => !queued.Contains(k.Value)).Select(k => k.Key).ToList();
    }

    /// <summary>Queues every pending digest once; returns the delivery-log ids.</summary>
    public async Task<IReadOnlyList<long>> RunDueAsync(CancellationToken cancellationToken)
    {
        var today = DigestSchedule.UkToday(clock.GetUtcNow().UtcDateTime);
        var ids = new List<long>();
        foreach (var kind in await PendingAsync(cancellationToken))
        {
            var draft = await pdf.AddAsync(await chart.AddAsync(await ComposeAsync(kind, today, cancellationToken), cancellationToken), cancellationToken);
            if (await QueueAsync(draft, once: true, cancellationToken) is { } id)
            {
                ids.Add(id);
            }
        }
        return ids;
    }

    public async Task<DigestDraft> ComposeAsync(DigestKind kind, DateOnly ukToday, CancellationToken cancellationToken)
    {
        var content = await loader.LoadAsync(kind, ukToday, cancellationToken);
        return new DigestDraft(content, await links.BaseAsync(cancellationToken));
    }

    /// <summary>Stores the draft as a mail; <paramref name="once"/> makes it the day's (or week's) only one.</summary>
    public async Task<long?> QueueAsync(DigestDraft draft, bool once, CancellationToken cancellationToken)
    {
        var id = await mailbox.QueueOnceAsync(draft.ToMail(), once ? draft.DedupKey : null, cancellationToken);
        log.LogInformation("Digest {Kind} for {Period}: {Outcome}", draft.Kind, draft.Content.Period.Label, id is null ? "already queued" : $"queued as mail {id}");
        return id;
    }

    private static string Key(DigestKind kind, DateOnly today) =>
        $"{(kind == DigestKind.Daily ? "digest.daily" : "digest.weekly")}:{DigestContent.PeriodsFor(kind, today).Period.From:yyyy-MM-dd}";
}
