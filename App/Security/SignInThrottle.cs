using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace SellerConsole.Security;

public enum AdmissionKind
{
    /// <summary>Check the password, then call <see cref="SignInThrottle.Complete"/>.</summary>
    Admitted,

    /// <summary>This address must wait until <see cref="Admission.RetryAfterUtc"/>.</summary>
    Slowed,

    /// <summary>Another attempt from this address is being checked right now.</summary>
    Busy,
}

public sealed record Admission(AdmissionKind Kind, DateTime? RetryAfterUtc = null);

/// <summary>
/// Slows password guessing without letting a stranger lock the owner out. Each source address gets a few
/// free wrong passwords, then waits that double with every further one; one address checks one password
/// at a time, so parallel posts gain nothing (the admission and the in-flight mark are one atomic step).
/// A global ceiling caps wrong passwords from all addresses together; past it only addresses the owner
/// has signed in from before are admitted. The owner's own address is never slowed by someone else's
/// guesses. In memory: a restart forgets the counts, which an attacker cannot cause.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInOptions> options)
{
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(1);
    private static readonly TimeSpan RememberGoodAddressFor = TimeSpan.FromDays(30);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, AddressState> _addresses = [];
    private readonly Dictionary<string, DateTime> _goodAddresses = [];
    private readonly Queue<DateTime> _recentFailures = new();

    private sealed class AddressState
    {
        public int Failures;
        public DateTime NextAllowedUtc;
        public DateTime LastFailureUtc;
        public bool InFlight;
    }

    /// <summary>One key per IPv4 address, per /64 for IPv6 (one machine usually holds a whole /64).</summary>
    public static string KeyOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    public Admission TryBegin(string address, DateTime nowUtc)
    {
        var settings = options.Value;
        lock (_gate)
        {
            var state = State(address, nowUtc);
            if (state.InFlight) return new Admission(AdmissionKind.Busy);
            if (state.NextAllowedUtc > nowUtc) return new Admission(AdmissionKind.Slowed, state.NextAllowedUtc);

            var window = TimeSpan.FromMinutes(settings.GlobalWindowMinutes);
            while (_recentFailures.TryPeek(out var oldest) && oldest <= nowUtc - window) _recentFailures.Dequeue();
            if (_recentFailures.Count >= settings.GlobalFailureCeiling && !IsKnownGood(address, nowUtc))
            {
                return new Admission(AdmissionKind.Slowed, _recentFailures.Peek() + window);
            }
            state.InFlight = true;
            return new Admission(AdmissionKind.Admitted);
        }
    }

    /// <summary>Records the outcome of an admitted attempt; for a wrong password, when this address may try again.</summary>
    public DateTime? Complete(string address, bool succeeded, DateTime nowUtc)
    {
        var settings = options.Value;
        lock (_gate)
        {
            var state = State(address, nowUtc);
            state.InFlight = false;
            if (succeeded)
            {
                _addresses.Remove(address);
                _goodAddresses[address] = nowUtc;
                return null;
            }
            state.Failures++;
            state.LastFailureUtc = nowUtc;
            _recentFailures.Enqueue(nowUtc);
            state.NextAllowedUtc = nowUtc + DelayAfter(state.Failures, settings);
            return state.NextAllowedUtc;
        }
    }

    /// <summary>The attempt ended without an outcome (the request was aborted): free the address, count nothing.</summary>
    public void Abandon(string address)
    {
        lock (_gate)
        {
            if (_addresses.TryGetValue(address, out var state)) state.InFlight = false;
        }
    }

    /// <summary>Wrong passwords this address may still send before it has to wait.</summary>
    public int AttemptsLeft(string address, DateTime nowUtc)
    {
        lock (_gate)
        {
            return Math.Max(0, options.Value.FreeAttempts - State(address, nowUtc).Failures);
        }
    }

    /// <summary>No wait for the first <c>FreeAttempts</c> failures, then FirstDelay, 2×, 4×, … up to MaxDelay.</summary>
    public static TimeSpan DelayAfter(int failures, SignInOptions settings)
    {
        var over = failures - settings.FreeAttempts;
        if (over < 0) return TimeSpan.Zero;
        var max = TimeSpan.FromMinutes(settings.MaxDelayMinutes);
        var seconds = settings.FirstDelaySeconds * Math.Pow(2, Math.Min(over, 30));
        return seconds >= max.TotalSeconds ? max : TimeSpan.FromSeconds(seconds);
    }

    private AddressState State(string address, DateTime nowUtc)
    {
        if (!_addresses.TryGetValue(address, out var state) ||
            (!state.InFlight && state.Failures > 0 && nowUtc - state.LastFailureUtc > ForgetAfter && state.NextAllowedUtc <= nowUtc))
        {
            if (_addresses.Count > 10_000) Prune(nowUtc);
            state = new AddressState();
            _addresses[address] = state;
        }
        return state;
    }

    private bool IsKnownGood(string address, DateTime nowUtc) =>
        _goodAddresses.TryGetValue(address, out var last) && nowUtc - last < RememberGoodAddressFor;

    private void Prune(DateTime nowUtc)
    {
        foreach (var (key, state) in _addresses.Where(a => !a.Value.InFlight && a.Value.NextAllowedUtc <= nowUtc).ToList())
        {
            if (nowUtc - state.LastFailureUtc > TimeSpan.FromMinutes(options.Value.MaxDelayMinutes)) _addresses.Remove(key);
        }
    }
}
