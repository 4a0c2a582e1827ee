using SellerConsole.Jobs;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Orders;

public sealed partial class OrdersSync
{
    /// <summary>Reports on the caller's thread, in order (<see cref="Progress{T}"/> posts to the thread pool).</summary>
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    /// <summary>Orders in pages of 100: each page is upserted, announced and dropped.</summary>
    private sealed class PageSaver(OrdersSync sync, JobContext? context, CancellationToken ct)
    {
        private readonly List<MarketOrder> _page = new(100);
        private string _label = "";
        private int _phaseStart;

        public int Seen { get; private set; }
        public int Added { get; private set; }
        public int Changed { get; private set; }
        public DateTime? Newest { get; private set; }
        public bool Backfill { get; set; }
        /// <summary>What is running; setting it starts counting that phase's orders.</summary>
        public string Label
        {
            get => _label;
            set => (_label, _phaseStart) = (value, Seen);
        }

        public async Task AddAsync(MarketOrder order)
        {
            Seen++;
            Newest = Newest is { } n && n >= order.LastUpdatedUtc ? n : order.LastUpdatedUtc;
            _page.Add(order);
            if (_page.Count == 100)
            {
                await FlushAsync();
            }
        }

        public async Task FlushAsync()
        {
            var (a, c) = await sync.UpsertAsync(_page, ct);
            (Added, Changed) = (Added + a, Changed + c);
            if (a + c > 0)
            {
                sync.Announce(a, c);
            }
            _page.Clear();
            context?.ReportProgress(Seen, Seen + 100, Label == "Backfill" ? $"Backfill: {Seen:N0} orders saved" : $"{Label}: {Seen - _phaseStart:N0} read");
        }
    }
}
