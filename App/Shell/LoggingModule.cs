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
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            // A failure inside an open page is logged here at Debug/Information; the seller needs to see it.
            .MinimumLevel.Override("Microsoft.AspNetCore.Components.Server.Circuits", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            // Four lines per marketplace request at Information; the adapters log what matters.
            .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(new JsonFormatter(renderMessage: true), Path.Combine(data.LogsPath, "sellerconsole-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14, shared: true)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }
}
