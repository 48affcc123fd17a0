using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Sample;

/// <summary>The sync pages: the summary of a run (counts per entity, veto figures, skipped errors) and the watch log.</summary>
internal sealed partial class Output
{
    /// <summary>The summary of a one-shot <c>sync</c>.</summary>
    public void SyncSummary(ZoomSyncSummary summary, string? file, string? checkpoint)
    {
        if (json)
        {
            WriteJson(w =>
            {
                WriteSyncSummary(w, summary);
                WriteFiles(w, file, checkpoint);
            });
            return;
        }

        stdout.WriteLine(Headline(summary));
        var table = NewTable("Entity", "Seen", "Upserted", "Unchanged", "Deleted", "Skipped");
        foreach (var (type, counts) in summary.Entities.OrderBy(static e => e.Key))
        {
            Row(table, EntityName(type), N(counts.Seen), N(counts.Upserted), N(counts.Unchanged), N(counts.Deleted), N(counts.Skipped));
        }

        Console.Write(table);
        WriteVetoAndErrors(summary);
        if (file is not null)
        {
            stdout.WriteLine($"Records: {file} (checkpoint: {checkpoint}). Run again with --incremental to emit only changes.");
        }
    }

    /// <summary>One line per run ended under <c>sync --watch</c> (text mode; JSON waits for the end).</summary>
    public void SyncWatchRun(ZoomSyncSummary summary)
    {
        if (json)
        {
            return;
        }

        var changes = summary.Entities.Values.Sum(static c => c.Upserted + c.Deleted);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.EndedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC  {Headline(summary)}  {changes} change(s): {Changes(summary)}"));
        WriteVetoAndErrors(summary);
    }

    /// <summary>The end of <c>sync --watch</c>: with <c>--json</c> the one document listing every run.</summary>
    public void SyncWatchEnded(IReadOnlyList<ZoomSyncSummary> runs, string? file, string? checkpoint)
    {
        if (!json)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs.Count} run(s)."));
            return;
        }

        WriteJson(w =>
        {
            w.WriteNumber("total_runs", runs.Count);
            w.WritePropertyName("runs");
            w.WriteStartArray();
            foreach (var run in runs)
            {
                w.WriteStartObject();
                WriteSyncSummary(w, run);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteFiles(w, file, checkpoint);
        });
    }

    internal static string EntityName(ZoomSyncEntityType type) => type switch
    {
        ZoomSyncEntityType.User => "users",
        ZoomSyncEntityType.Meeting => "meetings",
        ZoomSyncEntityType.Invitation => "invitations",
        ZoomSyncEntityType.Recording => "recordings",
        _ => type.ToString(),
    };

    internal static string KindName(ZoomSyncKind kind) => kind == ZoomSyncKind.Full ? "full" : "incremental";

    private static string Headline(ZoomSyncSummary summary)
    {
        var outcome = summary.Outcome switch
        {
            ZoomSyncOutcome.Completed => "completed",
            ZoomSyncOutcome.Vetoed => "VETOED (deletions held back)",
            ZoomSyncOutcome.Cancelled => "cancelled (checkpoint kept)",
            ZoomSyncOutcome.Failed => "FAILED",
            ZoomSyncOutcome.Skipped => "skipped (another run was in progress)",
            _ => summary.Outcome.ToString(),
        };
        var seconds = (summary.EndedAt - summary.StartedAt).TotalSeconds;
        var resumed = summary.Resumed ? ", resumed an interrupted run" : string.Empty;
        var error = summary.Error is { } e ? $": {e}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{char.ToUpperInvariant(KindName(summary.Kind)[0])}{KindName(summary.Kind)[1..]} sync {outcome}{error} ({N(summary.Requests)} requests, {seconds:0.0} s{resumed}).");
    }

    private static string Changes(ZoomSyncSummary summary)
        => string.Join(", ", summary.Entities.OrderBy(static e => e.Key).Select(static e =>
            string.Create(CultureInfo.InvariantCulture, $"{EntityName(e.Key)} +{e.Value.Upserted} -{e.Value.Deleted}")));

    private void WriteVetoAndErrors(ZoomSyncSummary summary)
    {
        if (summary.Veto is { } veto)
        {
            stdout.WriteLine($"VETOED: this run would delete too much, so NOTHING was deleted (upserts were applied). Run id: {veto.RunId}");
            var table = NewTable("Entity", "Held", "Seen", "To delete", "Share", "Rule broken");
            foreach (var f in veto.Figures)
            {
                Row(table, EntityName(f.EntityType), N(f.Held), N(f.Seen), N(f.ToDelete), f.Share.ToString("P0", CultureInfo.InvariantCulture), f.Vetoed ? f.Reason : "-");
            }

            Console.Write(table);
            stdout.WriteLine("The deletions are applied when a later run computes the same ones, or when a person confirms them (IZoomSyncTrigger.ConfirmVetoedDeletionsAsync(runId)).");
        }

        if (summary.Errors.Count > 0)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Skipped after known errors ({summary.Errors.Count}):"));
            var table = NewTable("Entity", "Id", "Code", "HTTP", "Message");
            foreach (var e in summary.Errors.Take(20))
            {
                Row(table, EntityName(e.EntityType), e.Id, e.ZoomCode?.ToString(CultureInfo.InvariantCulture), e.StatusCode.ToString(CultureInfo.InvariantCulture), e.Message);
            }

            Console.Write(table);
        }
    }

    private static void WriteSyncSummary(Utf8JsonWriter w, ZoomSyncSummary summary)
    {
        w.WriteString("run_id", summary.RunId);
        w.WriteString("kind", KindName(summary.Kind));
        w.WriteString("outcome", summary.Outcome.ToString().ToLowerInvariant());
        w.WriteBoolean("resumed", summary.Resumed);
        w.WriteString("started_at", summary.StartedAt);
        w.WriteString("ended_at", summary.EndedAt);
        w.WriteNumber("requests", summary.Requests);
        if (summary.Error is { } error)
        {
            w.WriteString("error", error);
        }

        w.WritePropertyName("entities");
        w.WriteStartObject();
        foreach (var (type, c) in summary.Entities.OrderBy(static e => e.Key))
        {
            w.WritePropertyName(EntityName(type));
            w.WriteStartObject();
            w.WriteNumber("seen", c.Seen);
            w.WriteNumber("upserted", c.Upserted);
            w.WriteNumber("unchanged", c.Unchanged);
            w.WriteNumber("deleted", c.Deleted);
            w.WriteNumber("skipped", c.Skipped);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WritePropertyName("veto");
        if (summary.Veto is { } veto)
        {
            w.WriteStartObject();
            w.WriteString("run_id", veto.RunId);
            w.WritePropertyName("figures");
            w.WriteStartArray();
            foreach (var f in veto.Figures)
            {
                w.WriteStartObject();
                w.WriteString("entity", EntityName(f.EntityType));
                w.WriteNumber("held", f.Held);
                w.WriteNumber("seen", f.Seen);
                w.WriteNumber("to_delete", f.ToDelete);
                w.WriteNumber("share", Math.Round(f.Share, 4));
                w.WriteBoolean("vetoed", f.Vetoed);
                if (f.Reason is { } reason)
                {
                    w.WriteString("reason", reason);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WritePropertyName("errors");
        w.WriteStartArray();
        foreach (var e in summary.Errors)
        {
            w.WriteStartObject();
            w.WriteString("entity", EntityName(e.EntityType));
            w.WriteString("id", e.Id);
            if (e.ZoomCode is { } code)
            {
                w.WriteNumber("code", code);
            }

            w.WriteNumber("status", e.StatusCode);
            w.WriteString("message", e.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteFiles(Utf8JsonWriter w, string? file, string? checkpoint)
    {
        if (file is not null)
        {
            w.WriteString("out", file);
            w.WriteString("checkpoint", checkpoint);
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

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
            string.Create(CultureInfo.InvariantCulture, $"{Output.EntityName(e.Key)} {e.Value.Seen:N0} seen/{e.Value.Upserted:N0} upserted")));
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
        var title = Output.KindName(kind) + " sync";
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
            table.AddRow(Output.EntityName(type), "0", "0", "0", "0", "0");
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
            $"{Output.KindName(e.Kind)} sync running since {e.StartedAt.UtcDateTime:HH:mm:ss} UTC ({(e.Scheduled ? "scheduled" : "on demand")})"));

    public void RunCompleted(ZoomSyncSummary summary)
    {
        var changes = summary.Entities.Values.Sum(static c => c.Upserted + c.Deleted);
        Update(string.Create(CultureInfo.InvariantCulture,
            $"idle since {time.GetUtcNow().UtcDateTime:HH:mm:ss} UTC; last: {Output.KindName(summary.Kind)} {summary.Outcome.ToString().ToLowerInvariant()}, {changes:N0} change(s), {summary.Requests:N0} requests"));
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
