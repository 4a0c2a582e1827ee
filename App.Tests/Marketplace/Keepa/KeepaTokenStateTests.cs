using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

public sealed class KeepaTokenStateTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Balance_rises_by_the_refill_rate_at_refillIn_and_then_every_minute()
    {
        var state = new KeepaTokenState(3, 5, TimeSpan.FromSeconds(20), T0);

        Assert.Equal(3, state.TokensAt(T0.AddSeconds(19.999)));
        Assert.Equal(8, state.TokensAt(T0.AddSeconds(20)));
        Assert.Equal(8, state.TokensAt(T0.AddSeconds(79)));
        Assert.Equal(13, state.TokensAt(T0.AddSeconds(80)));
    }

    [Fact]
    public void Balance_never_exceeds_an_hour_of_refills()
    {
        var state = new KeepaTokenState(0, 5, TimeSpan.Zero, T0);

        Assert.Equal(300, state.Capacity);
        Assert.Equal(300, state.TokensAt(T0.AddHours(5)));
    }

    [Fact]
    public void A_negative_balance_is_paid_back_before_tokens_are_available()
    {
        // -37 left, 20/min, first refill in 38.205 s. 10 tokens need 47 more = 3 refills:
        // at +38.205 s (-17), +98.205 s (3), +158.205 s (23).
        var state = new KeepaTokenState(-37, 20, TimeSpan.FromMilliseconds(38205), T0);

        Assert.Equal(T0.AddMilliseconds(158205), state.WhenAvailable(10));
        Assert.Equal(3, state.TokensAt(T0.AddMilliseconds(158204)));
        Assert.Equal(23, state.TokensAt(T0.AddMilliseconds(158205)));
    }

    [Fact]
    public void Tokens_already_there_are_available_at_once_and_impossible_amounts_never()
    {
        var state = new KeepaTokenState(50, 1, TimeSpan.FromSeconds(5), T0);

        Assert.Equal(T0, state.WhenAvailable(50));
        Assert.Null(state.WhenAvailable(61));
        Assert.Null((state with { RefillRatePerMinute = 0 }).WhenAvailable(51));
    }
}
