using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// One line of the replay log. <c>world</c> (first line) fixes the seed, size and history start;
/// <c>price</c>, <c>stock</c> and <c>min</c> are changes with the app time they take effect;
/// <c>patch</c> records every accepted patch and whether it was silently dropped; <c>scenario</c> is a
/// market scenario started on demand (a change like a price), <c>drops</c> orders the SKU's next patches dropped.
/// </summary>
public sealed record ReplayEntry(string Kind, DateTime At)
{
    public const string World = "world";
    public const string Price = "price";
    public const string Stock = "stock";
    public const string Min = "min";
    public const string Patch = "patch";
    public const string Scenario = "scenario";
    public const string Drops = "drops";

    public int? Seed { get; init; }
    public int? Listings { get; init; }
    public DateTime? HistoryStartUtc { get; init; }
    public string? Sku { get; init; }
    public decimal? Value { get; init; }
    public string? SubmissionId { get; init; }
    public bool? Dropped { get; init; }

    /// <summary>Scenario entries: its name and parameters (<see cref="Value"/> carries Amazon's price).</summary>
    public string? Name { get; init; }
    public int? Minutes { get; init; }
    public int? DelayMinutes { get; init; }
    public decimal? Floor { get; init; }
    public decimal? Gap { get; init; }
    public int? Count { get; init; }
    public bool? Quiet { get; init; }

    public bool IsChange => Kind is Price or Stock or Min or Scenario;
}

/// <summary>
/// The Sandbox's JSON-lines log under <c>{Data:Directory}/sandbox/</c>: what makes our price and stock
/// changes survive a restart. Appends are flushed line by line; a torn last line (a crash mid-write)
/// is ignored on reading.
/// </summary>
public sealed class ReplayLog(string path)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly object _gate = new();

    public string Path => path;

    public IReadOnlyList<ReplayEntry> Read()
    {
        if (!File.Exists(path)) return [];
        var entries = new List<ReplayEntry>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                if (JsonSerializer.Deserialize<ReplayEntry>(line, Json) is { } entry) entries.Add(Normalise(entry));
            }
            catch (JsonException)
            {
                break;
            }
        }
        return entries;
    }

    /// <summary>Starts a new log holding only <paramref name="header"/>; an old log is kept beside it as *.previous.</summary>
    public void Restart(ReplayEntry header)
    {
        lock (_gate)
        {
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            if (File.Exists(path)) File.Move(path, path + ".previous", overwrite: true);
            File.WriteAllText(path, JsonSerializer.Serialize(header, Json) + "\n", Encoding.UTF8);
        }
    }

    public void Append(ReplayEntry entry)
    {
        lock (_gate)
        {
            File.AppendAllText(path, JsonSerializer.Serialize(entry, Json) + "\n", Encoding.UTF8);
        }
    }

    private static ReplayEntry Normalise(ReplayEntry e) => e with
    {
        At = AsUtc(e.At),
        HistoryStartUtc = e.HistoryStartUtc is { } h ? AsUtc(h) : null,
    };

    private static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
