using Microsoft.Extensions.Logging;

namespace Zoom.Connector.Sample.Hosting;

/// <summary>
/// Logs to the app's stderr writer (never stdout, which carries results and the one JSON document), one line per
/// entry: <c>dbug: Category[EventId] message</c>. An exception adds its type and message, not its stack trace.
/// </summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly object _gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
        // The writer belongs to the caller (Console.Error, or a test's StringWriter).
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            writer.WriteLine(line);
        }
    }

    private sealed class Logger(TextWriterLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var level = logLevel switch
            {
                LogLevel.Trace => "trce",
                LogLevel.Debug => "dbug",
                LogLevel.Information => "info",
                LogLevel.Warning => "warn",
                LogLevel.Error => "fail",
                _ => "crit",
            };
            var line = $"{level}: {category}[{eventId.Id}] {formatter(state, exception)}";
            if (exception is not null)
            {
                line += $" ({exception.GetType().Name}: {exception.Message})";
            }

            provider.Write(line);
        }
    }
}
