using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SellerConsole.Costing.Data;
using SellerConsole.Live;
using SellerConsole.Security;

namespace SellerConsole.Costing.Pages;

/// <summary>
/// What every costing page shares: the current snapshot (refreshed when costs change anywhere), the
/// signed-in actor for the audit log, how an edit's outcome is shown, a guard against a second click
/// while a save is running, and the confirmation every delete asks for.
/// </summary>
public abstract class CostingPageBase : LiveComponentBase
{
    [Inject] protected CostingStore Store { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected IDialogService Dialogs { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected CostingSnapshot? Snapshot { get; private set; }

    /// <summary>A save or delete is running: its buttons are disabled and further clicks are ignored.</summary>
    protected bool Busy { get; private set; }

    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        Snapshot = await Store.SnapshotAsync(CancellationToken.None);
        await OnSnapshotAsync(initial: true);
    }

    /// <summary>The snapshot was (re)loaded: refresh derived state, keeping unsaved edits.</summary>
    protected virtual Task OnSnapshotAsync(bool initial) => Task.CompletedTask;

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        if (liveEvent is not CostsChanged)
        {
            return false;
        }
        Snapshot = await Store.SnapshotAsync(CancellationToken.None);
        await OnSnapshotAsync(initial: false);
        return true;
    }

    protected async Task<string> ActorAsync() => Actor.Of((await AuthenticationState).User);

    /// <summary>
    /// Runs one save or delete at a time. Blazor dispatches a double click's second event while the first
    /// is still awaiting the database, so a disabled button alone is not enough: re-entry is ignored here.
    /// </summary>
    protected async Task OnceAsync(Func<Task> work)
    {
        if (Busy)
        {
            return;
        }
        Busy = true;
        try
        {
            await work();
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>Asks before anything is deleted; true only when the user pressed the delete button.</summary>
    protected async Task<bool> ConfirmDeleteAsync(string title, string message) =>
        await Dialogs.ShowMessageBoxAsync(title, message, yesText: "Delete", cancelText: "Cancel") == true;

    /// <summary>
    /// Deletes ticked rows after one confirmation that names them (the first ten, then a count). Each row is
    /// deleted on its own, so one that something still uses is kept and named in an error while the rest go.
    /// Returns how many were deleted.
    /// </summary>
    protected async Task<int> DeleteSelectedAsync<TKey>(IReadOnlyList<(TKey Key, string Label)> rows, string noun, string consequence,
        Func<TKey, string, Task<CostingEditResult>> delete)
    {
        if (rows.Count == 0)
        {
            return 0;
        }
        var labels = rows.Select(r => r.Label).ToList();
        var list = string.Join(", ", labels.Take(10)) + (labels.Count > 10 ? $" and {labels.Count - 10} more" : "");
        if (!await ConfirmDeleteAsync($"Delete {rows.Count} {noun}?", $"{list} {consequence}"))
        {
            return 0;
        }
        var actor = await ActorAsync();
        var failed = new List<string>();
        foreach (var (key, label) in rows)
        {
            var result = await delete(key, actor);
            if (!result.Succeeded)
            {
                failed.Add($"{label}: {result.Error}");
            }
        }
        var deleted = rows.Count - failed.Count;
        if (deleted > 0)
        {
            Snackbar.Add($"Deleted {deleted} {noun}", Severity.Success);
        }
        foreach (var failure in failed)
        {
            Snackbar.Add($"Not deleted: {failure}", Severity.Error);
        }
        return deleted;
    }

    /// <summary>Shows a saved edit as a notification; returns false (and shows nothing) on failure, for inline display.</summary>
    protected bool Saved(CostingEditResult result, string what)
    {
        if (result.Succeeded)
        {
            Snackbar.Add($"Saved: {what}", Severity.Success);
        }
        return result.Succeeded;
    }

    protected static DateTime UtcDate(DateTime value) => DateTime.SpecifyKind(value.Date, DateTimeKind.Utc);
}
