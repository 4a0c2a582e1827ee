namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// A requested report: its document id is fixed at creation and revealed once it is DONE. The data window is
/// what createReport asked for (the creation time when it asked for none); <see cref="Outcome"/> is how it
/// ends (DONE, or FATAL/CANCELLED when a test or demo asked <see cref="SandboxFaults.FailReports"/> for that).
/// </summary>
public sealed record SandboxReport(string ReportId, string ReportType, IReadOnlyList<string> MarketplaceIds, DateTime CreatedUtc, string DocumentId)
{
    public DateTime DataStartUtc { get; init; } = CreatedUtc;

    public DateTime DataEndUtc { get; init; } = CreatedUtc;

    public string Outcome { get; init; } = "DONE";

    public static readonly TimeSpan QueueTime = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan ProcessingTime = TimeSpan.FromSeconds(3);

    public DateTime StartedUtc => CreatedUtc + QueueTime;

    public DateTime DoneUtc => StartedUtc + ProcessingTime;

    /// <summary>IN_QUEUE for 2 s of app time, IN_PROGRESS for 3 s more, then DONE (or its forced outcome).</summary>
    public string Status(DateTime nowUtc) => nowUtc < StartedUtc ? "IN_QUEUE" : nowUtc < DoneUtc ? "IN_PROGRESS" : Outcome;
}

/// <summary>
/// Reports and their documents, in memory (the latest 100). A document's content is the world as it
/// stands when the report is first seen DONE, then fixed, as a real report is a snapshot.
/// </summary>
public sealed class ReportStore
{
    private const int Kept = 100;
    private const long FirstReportId = 50_000_000_000;

    private readonly object _gate = new();
    private readonly Dictionary<string, SandboxReport> _reports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _documents = new(StringComparer.Ordinal);
    private readonly Queue<SandboxReport> _order = new();
    private long _created;

    public SandboxReport Create(string reportType, IReadOnlyList<string> marketplaceIds, DateTime nowUtc, int seed,
        (DateTime Start, DateTime End)? window = null, string outcome = "DONE")
    {
        lock (_gate)
        {
            var n = ++_created;
            var hash = Simulation.Randomness.SimHash.Of((ulong)seed, 0xD0C, (ulong)n);
            var report = new SandboxReport((FirstReportId + n).ToString(System.Globalization.CultureInfo.InvariantCulture), reportType, marketplaceIds, nowUtc,
                $"amzn1.spdoc.1.4.eu.{hash:x16}.T{n:D6}")
            {
                DataStartUtc = window?.Start ?? nowUtc,
                DataEndUtc = window?.End ?? nowUtc,
                Outcome = outcome,
            };
            _reports[report.ReportId] = report;
            _order.Enqueue(report);
            while (_order.Count > Kept)
            {
                var old = _order.Dequeue();
                _reports.Remove(old.ReportId);
                _documents.Remove(old.DocumentId);
            }
            return report;
        }
    }

    public SandboxReport? Find(string reportId)
    {
        lock (_gate) return _reports.GetValueOrDefault(reportId);
    }

    public SandboxReport? FindByDocument(string documentId)
    {
        lock (_gate) return _reports.Values.FirstOrDefault(r => r.DocumentId == documentId);
    }

    /// <summary>The document of a DONE report, built on first use.</summary>
    public byte[] Document(SandboxReport report, Func<byte[]> build)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(report.DocumentId, out var document))
            {
                document = build();
                _documents[report.DocumentId] = document;
            }
            return document;
        }
    }

    /// <summary>A stored document; null when it was never built or has been dropped.</summary>
    public byte[]? StoredDocument(string documentId)
    {
        lock (_gate) return _documents.GetValueOrDefault(documentId);
    }
}
