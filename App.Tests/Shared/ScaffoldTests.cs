namespace SellerConsole.Tests.Shared;

public sealed class ScaffoldTests
{
    [Fact]
    public void The_app_assembly_is_loadable() => Assert.NotNull(typeof(Program).Assembly.GetName().Name);
}
