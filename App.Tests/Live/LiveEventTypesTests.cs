using System.Text.Json;
using SellerConsole.Alerts;
using SellerConsole.Catalog.Sync;
using SellerConsole.Competition;
using SellerConsole.Live;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Tests.Live;

public sealed class LiveEventTypesTests
{
    [Fact]
    public void Every_live_event_type_in_the_console_is_known_by_its_type_name()
    {
        Assert.Contains("JobCompleted", LiveEventTypes.Known.Keys);
        Assert.Contains("ScoresChanged", LiveEventTypes.Known.Keys);
        Assert.Contains("QuotaUpdated", LiveEventTypes.Known.Keys);
        Assert.All(LiveEventTypes.Known.Values, t => Assert.True(t.IsSubclassOf(typeof(LiveEvent)) && !t.IsAbstract));
    }

    [Fact]
    public void Events_with_nested_records_enums_and_dictionaries_survive_the_round_trip()
    {
        LiveEvent[] events =
        [
            new QuotaUpdated(new QuotaSnapshot("getListingsItem", SpApiSection.Listings, 5, 10, 3.5, 12, 4.2, 1, new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), true, new DateTime(2026, 11, 23, 9, 0, 1, DateTimeKind.Utc), 99)),
            new AlertCreated(7, "job-failed", AlertSeverity.Warning, "Sync failed", false),
            new CompetitorDetected(3, ChangeKind.NewSeller, "B000000001", "SKU-1", "A1SELLER", "New seller", new Dictionary<string, string> { ["price"] = "£12.99" }),
            new AlertsAcknowledged([1, 2, 3]),
        ];

        foreach (var liveEvent in events)
        {
            var envelope = LiveEnvelope.Parse(LiveEnvelope.Wrap("node-a", 1, liveEvent).ToPayload())!;
            var back = LiveEventTypes.Deserialize(envelope.Type, envelope.Event);

            Assert.IsType(liveEvent.GetType(), back);
            Assert.Equal(JsonSerializer.Serialize(liveEvent, liveEvent.GetType()), JsonSerializer.Serialize(back, liveEvent.GetType()));
        }
    }

    [Fact]
    public void A_payload_naming_an_unknown_or_foreign_type_is_refused()
    {
        using var body = JsonDocument.Parse("{}");

        Assert.Null(LiveEventTypes.Deserialize("System.IO.FileInfo", body.RootElement));
        Assert.Null(LiveEventTypes.Deserialize("NoSuchEvent", body.RootElement));
        Assert.Null(LiveEnvelope.Parse("not json"));
    }
}
