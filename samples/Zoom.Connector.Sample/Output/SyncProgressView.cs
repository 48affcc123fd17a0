using System.Globalization;
using Spectre.Console;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Sample.Output;

/// <summary>Creates the stderr console: live (ANSI, interactive) only when stderr is the terminal.</summary>
internal static class StatusConsole
{
    public static bool IsTerminal(TextWriter writer) => ReferenceEquals(writer, System.Console.Error) && !System.Console.IsErrorRedirected;

    public static IAnsiConsole Create(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(writer),
    });

    public static string Describe(ZoomSyncProgress p)
    {
        var counts = string.Join(", ", p.Entities.OrderBy(static e => e.Key).Select(static e =>
            string.Create(CultureInfo.InvariantCulture, $"{SampleOutput.EntityName(e.Key)} {e.Value.Seen:N0} seen/{e.Value.Upserted:N0} upserted")));
        return string.Create(CultureInfo.InvariantCulture, $"{p.UsersCompleted:N0}/{p.UsersTotal:N0} users, {p.Requests:N0} requests ({counts})");
    }
}

/// <summary>
/// The progress of a one-shot run on stderr: on a terminal a live Spectre table (a bar of the users walked, requests
/// made, counts per entity type); otherwise a plain line at the users listing and every further quarter of the users, and one at the end.
/// </summary>
internal sealed class SyncProgressView(TextWriter stderr, ZoomSyncKind kind)
{
    private int _lastQuarter = -1;

    public async Task<ZoomSyncSummary> RunAsync(Func<Action<ZoomSyncProgress>, Task<ZoomSyncSummary>> run)
    {
        var title = SampleOutput.KindName(kind) + " sync";
        if (!StatusConsole.IsTerminal(stderr))
        {
            stderr.WriteLine($"{char.ToUpperInvariant(title[0])}{title[1..]} starting...");
            var summary = await run(PlainReport).ConfigureAwait(false);
            return summary;
        }

        // A live table (rows per entity type) under a title with the users bar and the request count; redrawn after
        // each completed unit. The callback is serialized by the trigger, so mutations and redraws never overlap.
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Entity", "Seen", "Upserted", "Unchanged", "Deleted", "Skipped" })
        {
            table.AddColumn(column);
        }

        var types = Enum.GetValues<ZoomSyncEntityType>();
        foreach (var type in types)
        {
            table.AddRow(SampleOutput.EntityName(type), "0", "0", "0", "0", "0");
        }

        table.Title = new TableTitle(Markup.Escape(title + ": listing users..."));
        return await StatusConsole.Create(stderr).Live(table).AutoClear(false).StartAsync(async ctx => await run(p =>
        {
            table.Title = new TableTitle(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{title}: {Bar(p.UsersCompleted, p.UsersTotal)} {p.UsersCompleted:N0}/{p.UsersTotal:N0} users, {p.Requests:N0} requests")));
            for (var row = 0; row < types.Length; row++)
            {
                if (p.Entities.TryGetValue(types[row], out var c))
                {
                    long[] values = [c.Seen, c.Upserted, c.Unchanged, c.Deleted, c.Skipped];
                    for (var column = 0; column < values.Length; column++)
                    {
                        table.UpdateCell(row, column + 1, values[column].ToString("N0", CultureInfo.InvariantCulture));
                    }
                }
            }

            ctx.Refresh();
        }).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private static string Bar(int done, int total)
    {
        const int Width = 24;
        var filled = total == 0 ? 0 : (int)((long)done * Width / total);
        return new string('█', filled) + new string('░', Width - filled);
    }

    private void PlainReport(ZoomSyncProgress p)
    {
        var quarter = p.UsersTotal == 0 ? 4 : p.UsersCompleted * 4 / p.UsersTotal;
        if (quarter == _lastQuarter)
        {
            return;
        }

        _lastQuarter = quarter;
        stderr.WriteLine("Progress: " + StatusConsole.Describe(p));
    }
}

/// <summary>The live status line of <c>sync --watch</c> on stderr (a Spectre status on a terminal, plain lines otherwise).</summary>
internal sealed class SyncWatchStatus(TextWriter stderr, ZoomSyncOptions settings, TimeProvider time) : IDisposable
{
    private readonly object _gate = new();
    private StatusContext? _context;
    private string _text = "Waiting for the first scheduled run";

    private string Schedule => string.Create(CultureInfo.InvariantCulture,
        $"full every {settings.FullEvery}, incremental {(settings.IncrementalEvery > TimeSpan.Zero ? "every " + settings.IncrementalEvery : "off")}");

    public async Task ShowUntilAsync(CancellationToken cancellationToken)
    {
        if (!StatusConsole.IsTerminal(stderr))
        {
            stderr.WriteLine($"Watching the sync schedules ({Schedule}). Ctrl+C stops.");
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            return;
        }

        await StatusConsole.Create(stderr).Status().Spinner(Spinner.Known.Dots).StartAsync(Line(), async ctx =>
        {
            lock (_gate)
            {
                _context = ctx;
                ctx.Status(Line());
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                lock (_gate)
                {
                    _context = null;
                }
            }
        }).ConfigureAwait(false);
    }

    public void RunStarted(ZoomSyncRunStartedEventArgs e)
        => Update(string.Create(CultureInfo.InvariantCulture,
            $"{SampleOutput.KindName(e.Kind)} sync running since {e.StartedAt.UtcDateTime:HH:mm:ss} UTC ({(e.Scheduled ? "scheduled" : "on demand")})"));

    public void RunCompleted(ZoomSyncSummary summary)
    {
        var changes = summary.Entities.Values.Sum(static c => c.Upserted + c.Deleted);
        Update(string.Create(CultureInfo.InvariantCulture,
            $"idle since {time.GetUtcNow().UtcDateTime:HH:mm:ss} UTC; last: {SampleOutput.KindName(summary.Kind)} {summary.Outcome.ToString().ToLowerInvariant()}, {changes:N0} change(s), {summary.Requests:N0} requests"));
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _context = null;
        }
    }

    private string Line() => Markup.Escape($"{_text} | {Schedule} | Ctrl+C stops");

    private void Update(string text)
    {
        lock (_gate)
        {
            _text = text;
            if (_context is { } ctx)
            {
                ctx.Status(Line());
            }
            else if (!StatusConsole.IsTerminal(stderr))
            {
                stderr.WriteLine("Status: " + text);
            }
        }
    }
}
