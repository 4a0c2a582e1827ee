using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace SellerConsole.Security;

public sealed partial class ApiTokensPanel
{
    private static readonly (int Days, string Text)[] ExpiryChoices =
        [(30, "in 30 days"), (90, "in 90 days"), (365, "in a year"), (7, "in 7 days"), (0, "never")];

    private IReadOnlyList<ApiToken> _tokens = [];
    private string? _name;
    private string? _password;
    private ApiTokenScope _scope = ApiTokenScope.ReadOnly;
    private int _expiryDays = 90;
    private bool _needPassword;
    private bool _busy;
    private string? _error;
    private CreatedToken? _created;

    [Inject] private ApiTokenService Tokens { get; set; } = default!;
    [Inject] private OwnerConfirmation Confirmation { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        _needPassword = !Confirmation.SignedInRecently((await AuthenticationState).User);
        _tokens = await Tokens.ListAsync(CancellationToken.None);
    }

    private async Task CreateAsync()
    {
        if (_busy)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(_name))
        {
            _error = "Give the token a name, e.g. the script that will use it.";
            return;
        }
        _busy = true;
        try
        {
            var user = (await AuthenticationState).User;
            var expires = _expiryDays > 0 ? Now.AddDays(_expiryDays) : (DateTime?)null;
            var outcome = await Tokens.CreateAsync(user, _password, new TokenRequest(_name, _scope, expires), CancellationToken.None);
            _password = null;
            // A missing password is explained by the field that appears for it; other problems get the alert.
            _error = outcome.PasswordNeeded ? null : outcome.Problem;
            _needPassword |= outcome.PasswordNeeded;
            if (outcome.Created is { } created)
            {
                _created = created;
                _name = null;
                _tokens = await Tokens.ListAsync(CancellationToken.None);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RevokeAsync(ApiToken token)
    {
        var user = (await AuthenticationState).User;
        var parameters = new DialogParameters<RevokeTokenDialog>
        {
            { d => d.TokenName, token.Name },
            { d => d.AskPassword, !Confirmation.SignedInRecently(user) },
        };
        var dialog = await Dialogs.ShowAsync<RevokeTokenDialog>("Revoke token", parameters);
        if (await dialog.Result is not { Canceled: false, Data: var data })
        {
            return;
        }
        var problem = await Tokens.RevokeAsync(user, data as string, token.Id, CancellationToken.None);
        if (problem is not null)
        {
            Snackbar.Add(problem, Severity.Error);
            return;
        }
        Snackbar.Add($"Revoked: token '{token.Name}' no longer works.", Severity.Info);
        _tokens = await Tokens.ListAsync(CancellationToken.None);
    }
}
