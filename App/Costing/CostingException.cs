namespace SellerConsole.Costing;

/// <summary>
/// A costing input that cannot be priced: a missing reference, a BOM loop, no cost effective on the
/// date, no postage that fits, an unreachable target. The message is written for the seller to read.
/// </summary>
public sealed class CostingException(string message) : Exception(message);
