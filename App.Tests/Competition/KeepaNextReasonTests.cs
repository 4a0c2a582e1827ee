using SellerConsole.Competition;
using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Tests.Competition;

public sealed class KeepaNextReasonTests
{
    [Theory]
    [InlineData(null, 0.0, false, false, "never read")]
    [InlineData(45.0, 0.0, false, false, "read 45 min ago")]
    [InlineData(600.0, 2.14, true, false, "read 10 h ago · sells 2.1/day · a rival moved")]
    [InlineData(1500.0, 0.0, false, true, "read 25 h ago · offers due")]
    public void The_queue_says_why_an_asin_is_next_in_the_sellers_words(double? minutes, double salesPerDay, bool rivalMoved, bool needsOffers, string why) =>
        Assert.Equal(why, KeepaStatusQuery.Why(new KeepaRefreshCandidate("B000000001", salesPerDay, minutes, rivalMoved, needsOffers)));
}
