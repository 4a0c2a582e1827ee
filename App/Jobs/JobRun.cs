using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Jobs;

public enum JobOutcome
{
    Running = 0,
    Succeeded = 1,
    Failed = 2,
    Cancelled = 3,

    /// <summary>Not run: another node was running the job when this (scheduled) firing came; the summary says so.</summary>
    Skipped = 4,
}

/// <summary>One execution of a job, whatever triggered it.</summary>
public sealed class JobRun
{
    public long Id { get; set; }
    public required string JobName { get; set; }

    /// <summary>"schedule", "manual" (Jobs page), "api".</summary>
    public required string Trigger { get; set; }

    public DateTime StartedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public JobOutcome Outcome { get; set; }
    public int ItemsProcessed { get; set; }

    /// <summary>What the job reports it did, e.g. "Backup seller-20261122-023000.db (1.2 MB) verified".</summary>
    public string? Summary { get; set; }

    public string? Error { get; set; }

    public TimeSpan? Duration => FinishedUtc - StartedUtc;
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.Property(r => r.JobName).HasMaxLength(64);
        builder.Property(r => r.Trigger).HasMaxLength(16);
        builder.Property(r => r.Summary).HasMaxLength(1000);
        builder.Property(r => r.Error).HasMaxLength(4000);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(r => r.Duration);
        builder.HasIndex(r => new { r.JobName, r.StartedUtc });
    }
}
