using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

public sealed class KeepaTimeTests
{
    [Fact]
    public void Keepa_minute_zero_is_the_start_of_2011_utc()
    {
        var utc = KeepaTime.ToUtc(0);

        Assert.Equal(new DateTime(2011, 1, 1, 0, 0, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(0, KeepaTime.FromUtc(utc));
    }

    [Fact]
    public void Keepa_documentation_example_converts_both_ways()
    {
        // Keepa's docs: 411180 => 1318510800000 ms = (411180 + 21564000) * 60000 = 2011-10-13T13:00Z.
        Assert.Equal(1318510800000, KeepaTime.ToUnixMilliseconds(411180));
        Assert.Equal(new DateTime(2011, 10, 13, 13, 0, 0, DateTimeKind.Utc), KeepaTime.ToUtc(411180));
        Assert.Equal(411180, KeepaTime.FromUtc(new DateTime(2011, 10, 13, 13, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Instants_inside_a_minute_floor_to_that_minute_even_before_the_epoch()
    {
        // 2010-12-31T23:59:59.999Z is inside Keepa minute -1 (floor, not truncation towards zero).
        Assert.Equal(-1, KeepaTime.FromUtc(new DateTime(2010, 12, 31, 23, 59, 59, 999, DateTimeKind.Utc)));
        Assert.Equal(0, KeepaTime.FromUtc(new DateTime(2011, 1, 1, 0, 0, 59, 999, DateTimeKind.Utc)));
        Assert.Equal(1, KeepaTime.FromUtc(new DateTime(2011, 1, 1, 0, 1, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Non_utc_times_are_refused()
    {
        Assert.Throws<ArgumentException>(() => KeepaTime.FromUtc(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Local)));
        Assert.Throws<ArgumentException>(() => KeepaTime.FromUtc(new DateTime(2024, 1, 1)));
    }

    [Fact]
    public void Minutes_round_trip_and_match_the_unix_formula()
    {
        var seed = 20260101;
        var rng = new Random(seed);
        for (var i = 0; i < 5000; i++)
        {
            var minutes = rng.Next(-5_000_000, 20_000_000);
            var utc = KeepaTime.ToUtc(minutes);
            var unixMs = new DateTimeOffset(utc).ToUnixTimeMilliseconds();
            Assert.True(unixMs == (minutes + 21564000L) * 60000, $"seed {seed}, minute {minutes}");
            Assert.True(KeepaTime.FromUtc(utc.AddSeconds(rng.Next(60))) == minutes, $"seed {seed}, minute {minutes}");
        }
    }
}
