namespace SellerConsole.Live;

/// <summary>
/// Something background work tells open pages. <see cref="Kind"/> is the dotted name pages and
/// logs use ("job.progress", "job.completed", "alert.created", later "price.changed", ...).
/// </summary>
public abstract record LiveEvent
{
    public abstract string Kind { get; }
}
