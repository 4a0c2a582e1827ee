namespace SellerConsole.Jobs;

public static class JobsModule
{
    public static IServiceCollection AddSellerJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>()
            .Bind(configuration.GetSection(JobsOptions.Section))
            .Validate(o => o.BackupsToKeep is >= 1 and <= 365, "Jobs:BackupsToKeep must be between 1 and 365")
            .ValidateOnStart();

        services.AddSingleton<JobRunner>();
        services.AddSingleton<QuartzHost>();
        services.AddHostedService(sp => sp.GetRequiredService<QuartzHost>());
        services.AddSingleton<JobsOverview>();
        services.AddTransient<ScheduledJob>();
        foreach (var job in JobSchedules.All)
        {
            services.AddTransient(job.JobType);
        }
        return services;
    }
}
