namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>Order states as SP-API names them; an order only ever moves forward through them.</summary>
public enum OrderStatus
{
    Pending,
    Unshipped,
    Shipped,
    Canceled,
}
