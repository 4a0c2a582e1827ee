namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// Typed client for Keepa's <c>GET /product</c> (amazon.co.uk). Splits calls into batches the
/// bucket can pay for, waits for refills instead of overdrawing, waits out 429s (refillIn + 100 ms)
/// and retries 5xx/timeouts with backoff min(2 × delay + 100, 60000) ms. Meant for one caller at a
/// time (jobs never overlap); the key is fetched per attempt and never appears in an exception.
/// </summary>
public sealed class KeepaClient(
    HttpClient http,
    KeepaClientOptions options,
    Func<CancellationToken, ValueTask<string>> keyProvider,
    TimeProvider time)
{
    private readonly KeepaTokenGate _tokens = new(time);

    /// <summary>Token fields of the latest response (OK or error).</summary>
    public KeepaTokenStatus? LatestTokenStatus => _tokens.Status;

    /// <summary>The latest token status, timed by our own clock, for <see cref="KeepaTokenPlanner"/>.</summary>
    public KeepaTokenState? LatestTokenState => _tokens.State;

    /// <summary>Products in request order; Tokens is the last response's status with TokensConsumed summed over all calls.</summary>
    public async Task<KeepaProductResponse> GetProductsAsync(
        IReadOnlyList<string> asins, KeepaProductOptions productOptions, CancellationToken cancellationToken)
    {
        productOptions.Validate();
        if (asins.Count == 0)
        {
            throw new ArgumentException("At least one ASIN is needed.", nameof(asins));
        }
        if (asins.FirstOrDefault(a => !KeepaRequestUri.IsValidAsin(a)) is { } invalid)
        {
            throw new ArgumentException($"'{invalid}' is not an ASIN (10 upper-case letters or digits).", nameof(asins));
        }
        var products = new List<KeepaProduct>(asins.Count);
        KeepaTokenStatus? last = null;
        var consumed = 0;
        for (var index = 0; index < asins.Count;)
        {
            var size = _tokens.BatchSize(asins.Count - index, productOptions.EstimatedCostPerProduct);
            var response = await FetchAsync([.. asins.Skip(index).Take(size)], productOptions, cancellationToken);
            products.AddRange(response.Products);
            consumed += response.Tokens.TokensConsumed;
            last = response.Tokens;
            index += size;
        }
        return new KeepaProductResponse(last! with { TokensConsumed = consumed }, products, null);
    }

    /// <summary>Keepa's free <c>GET /token</c>: the bucket now, without spending anything (one attempt, no retries).</summary>
    public async Task<KeepaTokenStatus> GetTokenStatusAsync(CancellationToken cancellationToken)
    {
        var key = await keyProvider(cancellationToken);
        var uri = new Uri(options.BaseAddress, $"token?key={Uri.EscapeDataString(key)}");
        var attempt = await AttemptAsync(uri, key, cancellationToken);
        if (attempt.Response is { } response)
        {
            return response.Tokens;
        }
        throw Failure($"Keepa GET {uri.AbsoluteUri} failed: {attempt.Failure ?? $"HTTP {attempt.StatusCode}"}", key, attempt.StatusCode, null);
    }

    private async Task<KeepaProductResponse> FetchAsync(
        IReadOnlyList<string> asins, KeepaProductOptions productOptions, CancellationToken cancellationToken)
    {
        var cost = asins.Count * productOptions.EstimatedCostPerProduct;
        var failures = 0;
        var tokenWaits = 0;
        var backoffMs = 0;
        while (true)
        {
            await _tokens.WaitForAsync(cost, cancellationToken);
            var key = await keyProvider(cancellationToken);
            var uri = KeepaRequestUri.Product(options.BaseAddress, key, asins, productOptions);
            var attempt = await AttemptAsync(uri, key, cancellationToken);
            if (attempt.Response is { } response)
            {
                return response;
            }
            if (attempt.TokenWait is { } wait)
            {
                if (++tokenWaits > options.MaxTokenWaits)
                {
                    throw Failure(
                        $"Keepa GET {uri.AbsoluteUri} still answered 429 NOT_ENOUGH_TOKEN after {options.MaxTokenWaits} waits",
                        key, 429, "NOT_ENOUGH_TOKEN");
                }
                await Task.Delay(wait, time, cancellationToken);
                continue;
            }
            if (++failures >= options.MaxAttempts)
            {
                throw Failure($"Keepa GET {uri.AbsoluteUri} failed after {failures} attempts: {attempt.Failure}", key, attempt.StatusCode, null);
            }
            backoffMs = Math.Min(2 * backoffMs + 100, 60_000);
            await Task.Delay(TimeSpan.FromMilliseconds(backoffMs), time, cancellationToken);
        }
    }

    private async Task<Attempt> AttemptAsync(Uri uri, string key, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            SellerConsole.Operations.SellerMetrics.KeepaCall(uri.Segments[^1], (int)response.StatusCode);
            var body = await KeepaResponseBody.ReadAsync(response, linked.Token);
            if (response.IsSuccessStatusCode)
            {
                var decoded = KeepaDecoder.Decode(body.Span);
                _tokens.Record(decoded.Tokens);
                return new Attempt(decoded, null, null, null);
            }
            var status = (int)response.StatusCode;
            var error = TryDecode(body.Span);
            if (error is not null)
            {
                _tokens.Record(error.Tokens);
            }
            var detail = error?.Error is { } e ? $" {e.Type}: {e.Message}" : "";
            return status switch
            {
                // Without token fields we cannot know the refill time: wait one refill period.
                429 => new Attempt(null, error?.Tokens.RefillIn + TimeSpan.FromMilliseconds(100) ?? TimeSpan.FromMinutes(1), null, status),
                >= 500 => new Attempt(null, null, $"HTTP {status}{detail}", status),
                _ => throw Failure($"Keepa GET {uri.AbsoluteUri} answered HTTP {status}{detail}", key, status, error?.Error?.Type),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            SellerConsole.Operations.SellerMetrics.KeepaCall(uri.Segments[^1], null);
            return new Attempt(null, null, $"no answer within {options.RequestTimeout.TotalSeconds:0.###} s", null);
        }
        catch (HttpRequestException ex)
        {
            // The inner exception is dropped on purpose: handlers may quote the URL, key included.
            SellerConsole.Operations.SellerMetrics.KeepaCall(uri.Segments[^1], null);
            return new Attempt(null, null, $"{ex.GetType().Name}: {ex.Message}", null);
        }
    }

    private static KeepaProductResponse? TryDecode(ReadOnlySpan<byte> body)
    {
        try
        {
            return KeepaDecoder.Decode(body);
        }
        catch (KeepaDecodeException)
        {
            return null;
        }
    }

    private static KeepaApiException Failure(string message, string key, int? status, string? errorType) =>
        new(KeepaRequestUri.Redact(message, key), status, errorType);

    private readonly record struct Attempt(KeepaProductResponse? Response, TimeSpan? TokenWait, string? Failure, int? StatusCode);
}
