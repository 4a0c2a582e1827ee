using Microsoft.Extensions.Logging;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>One item of a batch answer: its key (ASIN or SKU), HTTP status, and result or error.</summary>
internal sealed record BatchItem<T>(string Key, int Status, T? Result, ErrorWire? Error);

public sealed partial class SpApiClient
{
    /// <summary>
    /// Runs a batch operation over distinct keys in chunks. Inside an answer each item has its own
    /// status: 2xx is kept, 429 and 5xx are sent again on their own (after a back-off, through the
    /// usage plan), anything else becomes that item's error result. Results come back in key order.
    /// </summary>
    private async Task<IReadOnlyList<T>> RunBatchAsync<T>(
        SpApiOperation operation,
        IEnumerable<string> keys,
        int chunkSize,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<BatchItem<T>>>> send,
        Func<string, int, ErrorWire?, T> failed,
        CancellationToken cancellationToken)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var results = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var chunk in distinct.Chunk(chunkSize))
        {
            IReadOnlyList<string> pending = chunk;
            for (var round = 1; ; round++)
            {
                var answer = await send(pending, cancellationToken).ConfigureAwait(false);
                var again = new List<BatchItem<T>>();
                foreach (var key in pending)
                {
                    var item = answer.FirstOrDefault(a => a.Key == key) ?? new BatchItem<T>(key, 500, default, null);
                    if (item.Status is >= 200 and < 300 && item.Result is not null)
                    {
                        results[key] = item.Result;
                    }
                    else if (item.Status is 429 or >= 500)
                    {
                        again.Add(item);
                    }
                    else
                    {
                        results[key] = failed(key, item.Status, item.Error);
                    }
                }
                if (again.Count == 0)
                {
                    break;
                }
                if (again.Any(i => i.Status == 429))
                {
                    _plans.Throttled(operation);
                }
                if (round > _options.MaxRetries)
                {
                    _log.LogWarning("SP-API {Operation}: {Count} item(s) still failing after {Rounds} rounds", operation.Name, again.Count, round);
                    again.ForEach(i => results[i.Key] = failed(i.Key, i.Status, i.Error));
                    break;
                }
                _log.LogInformation("SP-API {Operation}: retrying {Count} throttled or failed item(s) on their own", operation.Name, again.Count);
                await Task.Delay(Backoff(round), _clock, cancellationToken).ConfigureAwait(false);
                pending = [.. again.Select(i => i.Key)];
            }
        }
        return [.. distinct.Select(k => results[k])];
    }
}
