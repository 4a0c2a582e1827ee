using System.Runtime;

namespace SellerConsole.Shared;

/// <summary>
/// Gives memory back after bulk work. A sync allocates tens to hundreds of MB (pages, report documents,
/// Keepa histories) and the process then sits idle until the next run; the GC only collects when something
/// allocates, so what the sync left stayed committed for hours (bench memory: 150 listings, RSS 435 MB after
/// the first sync and still 435 MB a minute later, with under 40 MB live). A run that allocated more than
/// <see cref="Threshold"/> ends with one blocking, compacting collection of every generation (large objects
/// included) that also returns the freed pages to the OS. It costs tens of milliseconds after a run that
/// took seconds to minutes; small runs skip it.
/// </summary>
public static class MemoryRelief
{
    public const long Threshold = 32L * 1024 * 1024;

    /// <summary>Where a run starts counting (bytes allocated by the process so far).</summary>
    public static long Mark() => GC.GetTotalAllocatedBytes();

    /// <summary>Collects and decommits if the process allocated more than <see cref="Threshold"/> since <paramref name="mark"/>; true if it did.</summary>
    public static bool AfterBulkWork(long mark)
    {
        if (GC.GetTotalAllocatedBytes() - mark < Threshold) return false;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return true;
    }
}
