using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Sample.Failures;
using Zoom.Connector.Sample.Input;
using Zoom.Connector.Sample.Output;
using Zoom.Connector.Sync;
using Zoom.Connector.Http;

namespace Zoom.Connector.Sample.Commands;

/// <summary><c>sync [--entities ...] [--incremental | --full] [--out file.jsonl] [--watch [--max-runs N]]</c>.</summary>
internal static class SyncCommand
{
    public static Command Create(SampleRunner runner)
    {
        var entities = new Option<ZoomSyncEntities?>("--entities")
        {
            Description = "Entity types, comma-separated: users, meetings (with details and invitations), recordings, or all (default).",
            HelpName = "users,meetings,recordings|all",
            CustomParser = CliParsers.Entities,
        };
        var incremental = new Option<bool>("--incremental") { Description = "Only new and changed records since the last run (needs --out to remember it across runs)." };
        var full = new Option<bool>("--full") { Description = "Walk everything and read every meeting's details (the default)." };
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the records to this JSON-lines file (checkpoint beside it: <file>.checkpoint.json). Default: in memory only." };
        var watch = new Option<bool>("--watch") { Description = "Run the schedules (Zoom:Sync:FullEvery, Zoom:Sync:IncrementalEvery) in the foreground until Ctrl+C." };
        var maxRuns = new Option<int?>("--max-runs") { Description = "With --watch: stop after this many completed runs.", CustomParser = CliParsers.OptionalWholeNumber("runs") };
        var command = new Command("sync", "Copy users, meetings and recordings into a JSON-lines file (or memory), once or on the configured schedules.")
        {
            entities, incremental, full, outFile, watch, maxRuns,
        };
        command.Validators.Add(result =>
        {
            if (result.ValueOrDefault(incremental) && result.ValueOrDefault(full))
            {
                result.AddError("--incremental and --full cannot be used together.");
            }

            if (result.ValueOrDefault(watch) && (result.ValueOrDefault(incremental) || result.ValueOrDefault(full)))
            {
                result.AddError("--watch runs the configured schedules (full and incremental); drop --full/--incremental.");
            }

            if (result.ValueOrDefault(maxRuns) is { } n && (n < 1 || !result.ValueOrDefault(watch)))
            {
                result.AddError("--max-runs needs --watch and a number of runs of at least 1.");
            }
        });

        command.SetAction((parse, ct) =>
        {
            var file = parse.GetValue(outFile);
            var scope = parse.GetValue(entities);
            var watching = parse.GetValue(watch);
            var hosting = new CommandHosting(
                Connector: builder => ConfigureSync(builder, file, watching, watching ? scope : null),
                StartsHostItself: watching);
            return runner.RunAsync(parse, context =>
            {
                if (watching)
                {
                    return SyncWatch.RunAsync(context, parse.GetValue(maxRuns));
                }

                var request = new ZoomSyncRequest
                {
                    Kind = parse.GetValue(incremental) ? ZoomSyncKind.Incremental : ZoomSyncKind.Full,
                    Entities = scope ?? ZoomSyncEntities.All,
                };
                return SyncOnceAsync(context, request);
            }, hosting, ct);
        });
        return command;
    }

    private static void ConfigureSync(ZoomConnectorBuilder builder, FileInfo? file, bool watching, ZoomSyncEntities? scheduledEntities)
    {
        builder.AddSync(o =>
        {
            // One run now: the host starts, so the schedules must not run beside it.
            o.ScheduleEnabled &= watching;
            if (scheduledEntities is { } e)
            {
                o.Entities = e;
            }
        });
        if (file is null)
        {
            builder.AddSyncSink(new InMemoryZoomSyncSink());
            return;
        }

        if (Directory.Exists(file.FullName))
        {
            throw new SampleInputException("--out", $"{file.FullName} is a folder; give a file name such as zoom.jsonl.", kind: SampleFailure.Kinds.File);
        }

        if (file.Directory is { Exists: false } directory)
        {
            throw new SampleInputException("--out", $"the folder {directory.FullName} does not exist.", kind: SampleFailure.Kinds.File);
        }

        // Created by the container, so it is disposed (file closed) with it.
        builder.AddSyncSink(_ => new JsonLinesZoomSyncSink(file.FullName));
    }

    /// <summary>
    /// Reads an existing <c>--out</c> file and its checkpoint before anything runs, so a file that is not this app's
    /// JSON lines, or a corrupt checkpoint, is refused with its name and nothing is written (no stray checkpoint).
    /// </summary>
    internal static async Task CheckFilesAsync(JsonLinesZoomSyncSink? sink, CancellationToken cancellationToken)
    {
        if (sink is null)
        {
            return;
        }

        try
        {
            await foreach (var _ in sink.GetHeldAsync(ZoomSyncEntityType.User, cancellationToken).ConfigureAwait(false))
            {
                break; // loading the file is the check
            }
        }
        catch (InvalidDataException exception)
        {
            throw new SampleInputException("--out", $"{exception.Message} It is not a sync file written by this app: choose another --out file, or move this one away.", exception, SampleFailure.Kinds.File);
        }

        if (await sink.LoadCheckpointAsync(cancellationToken).ConfigureAwait(false) is { Payload: { Length: > 0 } payload })
        {
            try
            {
                using var _ = System.Text.Json.JsonDocument.Parse(payload);
            }
            catch (System.Text.Json.JsonException exception)
            {
                throw CorruptCheckpoint(sink, "is not valid JSON", exception);
            }
        }
    }

    internal static SampleInputException CorruptCheckpoint(JsonLinesZoomSyncSink sink, string problem, Exception exception)
        => new("--out", $"the checkpoint {sink.CheckpointPath} {problem}. Delete it to start over with a full run (the records in {sink.Path} are kept).", exception, SampleFailure.Kinds.File);

    /// <summary>One run now, with a progress bar on stderr and the summary on stdout.</summary>
    private static async Task<int> SyncOnceAsync(CommandContext context, ZoomSyncRequest request)
    {
        var cancellationToken = context.CancellationToken;
        var trigger = context.Services.GetRequiredService<IZoomSyncTrigger>();
        var sink = context.Services.GetRequiredService<IZoomSyncSink>() as JsonLinesZoomSyncSink;
        await CheckFilesAsync(sink, cancellationToken).ConfigureAwait(false);
        var view = new SyncProgressView(context.Stderr, request.Kind);
        ZoomSyncSummary summary;
        try
        {
            summary = await view.RunAsync(onProgress => trigger.RunAsync(request, onProgress, cancellationToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("Cancelled. The checkpoint of the last completed unit is kept: run the same command again to resume.", cancellationToken);
        }
        catch (InvalidDataException exception) when (sink is not null)
        {
            // The engine read a checkpoint it cannot use (another format version).
            throw CorruptCheckpoint(sink, $"cannot be used ({exception.Message})", exception);
        }

        context.Output.SyncSummary(summary, sink?.Path, sink?.CheckpointPath);
        return summary.Outcome == ZoomSyncOutcome.Vetoed ? ExitCodes.Vetoed : ExitCodes.Ok;
    }
}
