using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>Builds <see cref="SpApiException"/>s with secrets scrubbed from every text they carry.</summary>
internal sealed class SpApiErrors(SecretScrubber scrubber)
{
    /// <summary>Amazon's first error, or null when the body is not an ErrorList.</summary>
    public static ErrorWire? FirstError(ReadOnlySpan<byte> body) =>
        SpApiJson.TryRead<ErrorListWire>(body)?.Errors?.FirstOrDefault();

    public SpApiException FromResponse(SpApiOperation operation, int status, ReadOnlySpan<byte> body)
    {
        var error = FirstError(body);
        var text = Describe(error?.Message, error?.Details);
        return Create(operation, status, error?.Code, text,
            $"SP-API {operation.Name} answered HTTP {status}{(error?.Code is { } code ? $" {code}" : "")}{(text is null ? "" : $": {text}")}");
    }

    public SpApiException Create(SpApiOperation operation, int? status, string? code, string? errorMessage, string message, Exception? inner = null) =>
        new(operation.Name, status, scrubber.ScrubOrNull(code), scrubber.ScrubOrNull(errorMessage), scrubber.Scrub(message), inner);

    public SpApiException CircuitOpen(SpApiOperation operation, TimeSpan? retryAfter, TimeSpan waited) =>
        new(operation.Name, null, null, null,
            $"SP-API {operation.Section} circuit is open after repeated failures; {operation.Name} "
            + (waited > TimeSpan.Zero ? $"stopped waiting for it after {Shared.UkTime.Duration(waited)}" : "was not sent")
            + (retryAfter is { } wait && wait > TimeSpan.Zero ? $" (next try allowed in {wait.TotalSeconds:0.#} s)" : ""))
        { IsCircuitOpen = true };

    public SpApiException Timeout(SpApiOperation operation, TimeSpan timeout, int attempts) =>
        new(operation.Name, null, null, null,
            $"SP-API {operation.Name} gave no answer within {timeout.TotalSeconds:0.###} s ({attempts} attempt(s))");

    public SpApiException Network(SpApiOperation operation, Exception error, int attempts) =>
        // The inner exception is dropped: handler messages may quote a pre-signed URL.
        Create(operation, null, null, null,
            $"SP-API {operation.Name} failed after {attempts} attempt(s): {error.GetType().Name}: {error.Message}");

    private static string? Describe(string? message, string? details) =>
        (string.IsNullOrWhiteSpace(message), string.IsNullOrWhiteSpace(details)) switch
        {
            (true, true) => null,
            (false, true) => message,
            (true, false) => details,
            _ => $"{message} ({details})",
        };
}
