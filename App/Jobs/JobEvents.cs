using SellerConsole.Live;

namespace SellerConsole.Jobs;

public sealed record JobProgressed(string JobName, long RunId, int Done, int Total, string? Message) : LiveEvent
{
    public override string Kind => "job.progress";

    public double Percent => Total <= 0 ? 0 : Math.Round(100.0 * Done / Total, 1);
}

public sealed record JobCompleted(string JobName, long RunId, JobOutcome Outcome, int ItemsProcessed, string? Summary, string? Error) : LiveEvent
{
    public override string Kind => "job.completed";
}
