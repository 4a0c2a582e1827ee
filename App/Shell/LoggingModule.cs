using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;
using SellerConsole.Data;

namespace SellerConsole.Shell;

public static class LoggingModule
{
    /// <summary>
    /// Serilog: readable lines on the console, rolling JSON files in the data directory (14 days).
    /// Secrets never reach a log: services log setting keys, never values.
    /// </summary>
    public static WebApplicationBuilder AddSellerLogging(this WebApplicationBuilder builder)
    {
        var data = DataOptions.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        // Serilog owns the pipeline; writeToProviders keeps any provider added later (tests capture logs that way).
        // preserveStaticLogger: each host keeps its own logger; the static Log.Logger would route every host in
        // a process (tests start many) through whichever started last.
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(configuration => configuration
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            // A failure inside an open page is logged here at Debug/Information; the seller needs to see it.
            .MinimumLevel.Override("Microsoft.AspNetCore.Components.Server.Circuits", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Hangfire", LogEventLevel.Warning)
            // Four lines per marketplace request at Information; the adapters log what matters.
            .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(new JsonFormatter(renderMessage: true), Path.Combine(data.LogsPath, "sellerconsole-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14, shared: true),
            preserveStaticLogger: true, writeToProviders: true);
        return builder;
    }

    /// <summary>One line per request; static files, the circuit's hub and health probes only at Debug.</summary>
    public static IApplicationBuilder UseSellerRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // This host's own logger (the static one is not ours: see preserveStaticLogger above).
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = (context, _, error) =>
                error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : IsQuiet(context.Request.Path) ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });

    private static bool IsQuiet(PathString path) =>
        path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content") || path.StartsWithSegments("/_blazor")
        || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/lib") || path.StartsWithSegments("/sandbox")
        || Path.HasExtension(path.Value);

}
