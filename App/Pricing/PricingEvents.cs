using SellerConsole.Live;

namespace SellerConsole.Pricing;

/// <summary>Amazon accepted a new price for <see cref="Sku"/> (<see cref="Verified"/> once it was read back).</summary>
public sealed record PriceChanged(string Sku, long? OldPence, long NewPence, string Actor, Guid Key, bool Verified) : LiveEvent
{
    public override string Kind => "price.changed";
}

/// <summary>The push queue or the repricer's state changed (pages showing either refresh).</summary>
public sealed record RepricingUpdated(string What) : LiveEvent
{
    public override string Kind => "repricing.updated";
}
