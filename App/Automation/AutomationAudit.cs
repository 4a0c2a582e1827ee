namespace SellerConsole.Automation;

/// <summary>Audit actions written by automation rules (dotted codes, like <see cref="Security.AuditActions"/>).</summary>
public static class AutomationAudit
{
    public const string Created = "rule.created";
    public const string Updated = "rule.updated";
    public const string Deleted = "rule.deleted";
    public const string Triggered = "rule.triggered";
    public const string Actor = "automation";
}
