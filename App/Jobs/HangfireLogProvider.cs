using Hangfire.Logging;
using MelLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace SellerConsole.Jobs;

/// <summary>
/// Hangfire logs through one process-wide provider. This one writes to the app's logging and goes quiet,
/// instead of throwing, once that app's logger factory is disposed (tests start and stop many apps in one
/// process; Hangfire's own AspNetCoreLogProvider throws ObjectDisposedException then).
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory loggers) : ILogProvider
{
    public ILog GetLogger(string name) => new Logger(loggers, name);

    private sealed class Logger(ILoggerFactory loggers, string name) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                var logger = loggers.CreateLogger(name);
                var level = Map(logLevel);
                if (messageFunc is null || !logger.IsEnabled(level))
                {
                    return logger.IsEnabled(level);
                }
                logger.Log(level, exception, "{HangfireMessage}", messageFunc());
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }

        private static MelLogLevel Map(Hangfire.Logging.LogLevel level) => level switch
        {
            Hangfire.Logging.LogLevel.Trace => MelLogLevel.Trace,
            Hangfire.Logging.LogLevel.Debug => MelLogLevel.Debug,
            Hangfire.Logging.LogLevel.Info => MelLogLevel.Information,
            Hangfire.Logging.LogLevel.Warn => MelLogLevel.Warning,
            Hangfire.Logging.LogLevel.Error => MelLogLevel.Error,
            _ => MelLogLevel.Critical,
        };
    }
}
