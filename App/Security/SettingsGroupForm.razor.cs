using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace SellerConsole.Security;

public sealed partial class SettingsGroupForm
{
    private IReadOnlyList<SettingValue> _values = [];
    // Secret edits start blank: a blank secret on save means "keep the stored one".
    private readonly Dictionary<string, string?> _edits = [];
    private Dictionary<string, string> _errors = [];
    private DateOnly? _rotationDue;
    private bool _saving;

    [Parameter, EditorRequired] public SettingGroup Group { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [Inject] private SettingsStore Store { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _values = await Store.ReadGroupAsync(Group.Id, CancellationToken.None);
        foreach (var value in _values)
        {
            _edits[value.Field.Key] = value.Field.IsSecret ? "" : value.Display;
        }
        _rotationDue = Group.Id == "spapi" ? await Store.ClientSecretRotationDueAsync(CancellationToken.None) : null;
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var actor = Actor.Of((await AuthenticationState).User);
            var result = await Store.SaveAsync(Group.Id, _edits, actor, CancellationToken.None);
            _errors = result.Errors.ToDictionary();
            if (!result.Succeeded)
            {
                Snackbar.Add("Not saved: fix the highlighted fields; nothing was changed.", Severity.Error);
                return;
            }
            Snackbar.Add(result.Changed.Count == 0 ? "Nothing had changed." : $"Saved: {result.Changed.Count} setting(s) updated.", Severity.Success);
            await LoadAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task ClearAsync(SettingField field)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Clear secret", $"Remove the stored {field.Label}?", yesText: "Clear", cancelText: "Keep");
        if (confirmed != true)
        {
            return;
        }
        await Store.ClearAsync(field.Key, Actor.Of((await AuthenticationState).User), CancellationToken.None);
        Snackbar.Add($"Cleared: {field.Label} removed.", Severity.Info);
        await LoadAsync();
    }
}
