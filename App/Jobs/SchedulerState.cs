namespace SellerConsole.Jobs;

/// <summary>The Hangfire server's state, as /healthz, the dashboard and the Jobs page report it.</summary>
public enum SchedulerState
{
    NotStarted,
    Running,
    Disabled,
    Stopped,
    Failed,

    /// <summary><c>Node:Role=web</c>: this node enqueues onto the shared storage; worker nodes run the jobs.</summary>
    OnWorkers,
}
