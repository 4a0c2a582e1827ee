using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

/// <summary>The brief's standard world (150 listings, two years of history), built once and only read.</summary>
public sealed class StandardWorldFixture
{
    public StandardWorldFixture()
    {
        Builder = new WorldBuilder();
        World = Builder.Build();
    }

    internal WorldBuilder Builder { get; }

    public MarketSimulation World { get; }
}

[CollectionDefinition(Name)]
public sealed class StandardWorldCollection : ICollectionFixture<StandardWorldFixture>
{
    public const string Name = "Standard sandbox world";
}
