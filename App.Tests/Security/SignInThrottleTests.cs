using System.Net;
using Microsoft.Extensions.Options;
using SellerConsole.Security;

namespace SellerConsole.Tests.Security;

/// <summary>The throttle on its own, with a fixed clock: every wait is exact.</summary>
public sealed class SignInThrottleTests
{
    private static readonly DateTime Start = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private const string Stranger = "203.0.113.9";
    private const string Owner = "198.51.100.20";

    private static SignInThrottle Throttle(Action<SignInOptions>? configure = null)
    {
        var options = new SignInOptions();
        configure?.Invoke(options);
        return new SignInThrottle(Options.Create(options));
    }

    private static DateTime? Fail(SignInThrottle throttle, string address, DateTime now)
    {
        Assert.Equal(AdmissionKind.Admitted, throttle.TryBegin(address, now).Kind);
        return throttle.Complete(address, succeeded: false, now);
    }

    [Fact]
    public void Three_wrong_passwords_are_free_then_waits_double_up_to_fifteen_minutes()
    {
        var throttle = Throttle();
        var now = Start;
        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var retry = Fail(throttle, Stranger, now)!.Value;
            waits.Add(retry - now);
            var refused = throttle.TryBegin(Stranger, now);
            if (retry > now)
            {
                Assert.Equal(AdmissionKind.Slowed, refused.Kind);
                Assert.Equal(retry, refused.RetryAfterUtc);
            }
            else
            {
                throttle.Abandon(Stranger);
            }
            now = retry;
        }

        Assert.Equal(
            [0, 0, 30, 60, 120, 240, 480, 900, 900, 900],
            waits.Select(w => (int)w.TotalSeconds));
    }

    [Fact]
    public void A_stranger_being_slowed_does_not_slow_the_owner_at_another_address()
    {
        var throttle = Throttle();
        for (var i = 0; i < 6; i++) Fail(throttle, Stranger, Start.AddSeconds(i * 1_000));
        var now = Start.AddSeconds(5_001);

        Assert.Equal(AdmissionKind.Slowed, throttle.TryBegin(Stranger, now).Kind);
        Assert.Equal(AdmissionKind.Admitted, throttle.TryBegin(Owner, now).Kind);
        Assert.Null(throttle.Complete(Owner, succeeded: true, now));
    }

    [Fact]
    public void Parallel_attempts_from_one_address_get_one_password_check()
    {
        var throttle = Throttle();
        var admitted = 0;

        Parallel.For(0, 30, _ =>
        {
            if (throttle.TryBegin(Stranger, Start).Kind == AdmissionKind.Admitted) Interlocked.Increment(ref admitted);
        });

        Assert.Equal(1, admitted);
        Assert.Equal(AdmissionKind.Busy, throttle.TryBegin(Stranger, Start).Kind);
        throttle.Complete(Stranger, succeeded: false, Start);
        Assert.Equal(AdmissionKind.Admitted, throttle.TryBegin(Stranger, Start).Kind);
    }

    [Fact]
    public void Past_the_global_ceiling_only_addresses_the_owner_used_before_may_try()
    {
        var throttle = Throttle(o => o.GlobalFailureCeiling = 5);
        Assert.Equal(AdmissionKind.Admitted, throttle.TryBegin(Owner, Start).Kind);
        throttle.Complete(Owner, succeeded: true, Start);
        for (var i = 0; i < 5; i++) Fail(throttle, $"203.0.113.{i}", Start.AddMinutes(1));

        var fresh = throttle.TryBegin("192.0.2.77", Start.AddMinutes(2));

        Assert.Equal(AdmissionKind.Slowed, fresh.Kind);
        Assert.Equal(Start.AddMinutes(1 + 15), fresh.RetryAfterUtc);
        Assert.Equal(AdmissionKind.Admitted, throttle.TryBegin(Owner, Start.AddMinutes(2)).Kind);
        throttle.Abandon(Owner);
        Assert.Equal(AdmissionKind.Admitted, throttle.TryBegin("192.0.2.77", Start.AddMinutes(16)).Kind);
    }

    [Fact]
    public void A_success_clears_the_address()
    {
        var throttle = Throttle();
        for (var i = 0; i < 3; i++) Fail(throttle, Owner, Start);
        var now = Start.AddSeconds(30);

        Assert.Equal(AdmissionKind.Admitted, throttle.TryBegin(Owner, now).Kind);
        throttle.Complete(Owner, succeeded: true, now);

        Assert.Equal(3, throttle.AttemptsLeft(Owner, now));
    }

    [Fact]
    public void An_ipv6_machine_is_one_address_however_many_it_uses_from_its_64()
    {
        Assert.Equal(SignInThrottle.KeyOf(IPAddress.Parse("2001:db8:1:2::1")), SignInThrottle.KeyOf(IPAddress.Parse("2001:db8:1:2:ffff::9")));
        Assert.NotEqual(SignInThrottle.KeyOf(IPAddress.Parse("2001:db8:1:2::1")), SignInThrottle.KeyOf(IPAddress.Parse("2001:db8:1:3::1")));
        Assert.Equal("192.0.2.1", SignInThrottle.KeyOf(IPAddress.Parse("::ffff:192.0.2.1")));
    }
}
