using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Shell;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Marketplace:Mode", "Amazonia", "Marketplace:Mode")]
    [InlineData("Api:BootstrapToken", "too-short", "Api:BootstrapToken")]
    [InlineData("Jobs:BackupsToKeep", "0", "Jobs:BackupsToKeep")]
    [InlineData("SignIn:SessionHours", "0", "SignIn:SessionHours")]
    [InlineData("ConnectionStrings:Seller", "Endpoint=sb://bus;SharedAccessKey=x", "ConnectionStrings:Seller")]
    [InlineData("Database:Provider", "Oracle", "Database:Provider")]
    [InlineData("Node:Role", "scheduler", "Node:Role")]
    public void A_bad_setting_stops_the_app_with_a_message_naming_the_key(string key, string value, string named)
    {
        using var app = new SellerAppFactory(new Dictionary<string, string?> { [key] = value });

        var error = Record.Exception(() => app.CreateAnonymousClient());

        Assert.NotNull(error);
        Assert.Contains(named, Flatten(error));
    }

    [Fact]
    public void An_owner_password_from_configuration_must_be_long_enough()
    {
        using var app = new SellerAppFactory(new Dictionary<string, string?> { ["Owner:Password"] = "short" });

        var error = Record.Exception(() => app.CreateAnonymousClient());

        Assert.Contains("Owner:Password", Flatten(error!));
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(" | ", aggregate.Flatten().InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is null ? "" : " | " + Flatten(error.InnerException));
}
