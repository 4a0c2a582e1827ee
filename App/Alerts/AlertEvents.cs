using SellerConsole.Live;

namespace SellerConsole.Alerts;

public sealed record AlertCreated(long AlertId, string AlertKind, AlertSeverity Severity, string Title, bool IsRepeat) : LiveEvent
{
    public override string Kind => "alert.created";
}

public sealed record AlertsAcknowledged(IReadOnlyList<long> AlertIds) : LiveEvent
{
    public override string Kind => "alert.acknowledged";
}
