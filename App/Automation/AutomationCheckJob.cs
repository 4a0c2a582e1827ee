using SellerConsole.Jobs;

namespace SellerConsole.Automation;

/// <summary>Checks threshold rules and runs plain schedules that have come due.</summary>
public sealed class AutomationCheckJob(AutomationService automation) : IConsoleJob
{
    public const string Name = "automation-check";

    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var fired = await automation.CheckAsync(cancellationToken);
        return new JobResult(fired, fired == 0 ? "No rule fired" : $"{fired} rule(s) fired");
    }
}
