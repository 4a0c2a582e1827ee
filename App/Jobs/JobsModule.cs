using Hangfire;
using Hangfire.Dashboard;
using Microsoft.Extensions.Options;
using SellerConsole.Data;

namespace SellerConsole.Jobs;

public static class JobsModule
{
    public static IServiceCollection AddSellerJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>()
            .Bind(configuration.GetSection(JobsOptions.Section))
            .Validate(o => o.BackupsToKeep is >= 1 and <= 365, "Jobs:BackupsToKeep must be between 1 and 365")
            .Validate(o => o.RequeueAfter >= TimeSpan.FromSeconds(10) && o.RequeueAfter <= TimeSpan.FromHours(6), "Jobs:RequeueAfter must be between 00:00:10 and 06:00:00")
            .ValidateOnStart();
        services.AddOptions<NodeOptions>().Bind(configuration.GetSection(NodeOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NodeOptions>, NodeOptionsValidator>();

        AddHangfireServices(services);
        services.AddSingleton<JobRunHistory>();
        services.AddSingleton<JobLocks>();
        services.AddSingleton<PgDumpTool>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<HangfireHost>();
        services.AddHostedService(sp => sp.GetRequiredService<HangfireHost>());
        services.AddSingleton<JobChains>();
        services.AddSingleton<JobsOverview>();
        services.AddTransient<HangfireJobs>();
        foreach (var job in JobSchedules.All)
        {
            services.AddTransient(job.JobType);
        }
        return services;
    }

    /// <summary>
    /// What Hangfire's dashboard and clients need, without <c>AddHangfire</c>: that would make this app's
    /// storage the process-wide <c>JobStorage.Current</c>, and every app in a test run would share the last one.
    /// Here each app has its own storage instance, passed explicitly to the server, clients and dashboard.
    /// </summary>
    private static void AddHangfireServices(IServiceCollection services)
    {
        services.AddSingleton(sp => HangfireStorage.Create(sp.GetRequiredService<IOptions<DataOptions>>().Value, sp.GetRequiredService<IOptions<JobsOptions>>().Value));
        // The marker Hangfire's MapHangfireDashboard checks for; the configuration itself stays at its defaults.
        services.AddSingleton<IGlobalConfiguration>(_ => GlobalConfiguration.Configuration);
        services.AddSingleton(_ => DashboardRoutes.Routes);
    }
}
