using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Sample.Output;

/// <summary>The sync pages: the summary of a run (counts per entity, veto figures, skipped errors) and the watch log.</summary>
internal sealed partial class SampleOutput
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
