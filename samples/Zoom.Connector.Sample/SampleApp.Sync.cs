using System.CommandLine;
using System.CommandLine.Parsing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Zoom.Connector.DependencyInjection;
using Zoom.Connector.Sync;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Sample;

public static partial class SampleApp
{
    /// <summary>Exit code of a run whose deletions the veto held back (everything else was applied).</summary>
    internal const int VetoedExitCode = 3;

    /// <summary>Exit code of a one-shot run stopped by Ctrl+C (its checkpoint is kept).</summary>
    internal const int CancelledExitCode = 130;

    private sealed partial class App
    {
        private static readonly string[] EntityNames = ["users", "meetings", "recordings", "all"];

        /// <summary><c>sync [--entities ...] [--incremental | --full] [--out file.jsonl] [--watch [--max-runs N]]</c>.</summary>
        private Command SyncCommand()
        {
            var entities = new Option<ZoomSyncEntities?>("--entities")
            {
                Description = "Entity types, comma-separated: users, meetings (with details and invitations), recordings, or all (default).",
                CustomParser = ParseEntities,
            };
            var incremental = new Option<bool>("--incremental") { Description = "Only new and changed records since the last run (needs --out to remember it across runs)." };
            var full = new Option<bool>("--full") { Description = "Walk everything and read every meeting's details (the default)." };
            var outFile = new Option<FileInfo?>("--out") { Description = "Write the records to this JSON-lines file (checkpoint beside it: <file>.checkpoint.json). Default: in memory only." };
            var watch = new Option<bool>("--watch") { Description = "Run the schedules (Zoom:Sync:FullEvery, Zoom:Sync:IncrementalEvery) in the foreground until Ctrl+C." };
            var maxRuns = new Option<int?>("--max-runs") { Description = "With --watch: stop after this many completed runs." };
            var command = new Command("sync", "Copy users, meetings and recordings into a JSON-lines file (or memory), once or on the configured schedules.")
            {
                entities, incremental, full, outFile, watch, maxRuns,
            };
            command.Validators.Add(result =>
            {
                if (result.GetValue(incremental) && result.GetValue(full))
                {
                    result.AddError("--incremental and --full cannot be used together.");
                }

                if (result.GetValue(watch) && (result.GetValue(incremental) || result.GetValue(full)))
                {
                    result.AddError("--watch runs the configured schedules (full and incremental); drop --full/--incremental.");
                }

                if (result.GetValue(maxRuns) is { } n && (n < 1 || !result.GetValue(watch)))
                {
                    result.AddError("--max-runs needs --watch and a number of runs of at least 1.");
                }
            });

            command.SetAction((parse, ct) =>
            {
                var file = parse.GetValue(outFile);
                var scope = parse.GetValue(entities);
                var watching = parse.GetValue(watch);
                return RunAsync(parse, (sp, output) =>
                {
                    if (watching)
                    {
                        return WatchAsync(sp, output, parse.GetValue(maxRuns), ct);
                    }

                    var request = new ZoomSyncRequest
                    {
                        Kind = parse.GetValue(incremental) ? ZoomSyncKind.Incremental : ZoomSyncKind.Full,
                        Entities = scope ?? ZoomSyncEntities.All,
                    };
                    return SyncOnceAsync(sp, output, request, ct);
                }, builder => ConfigureSync(builder, file, watching ? scope : null), ct);
            });
            return command;
        }

        private static void ConfigureSync(ZoomConnectorBuilder builder, FileInfo? file, ZoomSyncEntities? scheduledEntities)
        {
            // The built-in emulator keeps its account in its data folder (seed time included), so every process sees the
            // same account and an incremental run in a second process emits only what changed since the first.
            builder.AddSync(o =>
            {
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

            if (file.Directory is { Exists: false } directory)
            {
                throw new SampleInputException("--out", $"the folder {directory.FullName} does not exist.");
            }

            // Created by the container, so it is disposed (file closed) with it.
            builder.AddSyncSink(_ => new JsonLinesZoomSyncSink(file.FullName));
        }

        /// <summary>One run now, with a progress bar on stderr and the summary on stdout.</summary>
        private async Task<int> SyncOnceAsync(IServiceProvider services, Output output, ZoomSyncRequest request, CancellationToken cancellationToken)
        {
            var trigger = services.GetRequiredService<IZoomSyncTrigger>();
            var sink = services.GetRequiredService<IZoomSyncSink>() as JsonLinesZoomSyncSink;
            var view = new SyncProgressView(stderr, request.Kind);
            ZoomSyncSummary summary;
            try
            {
                summary = await view.RunAsync(onProgress => trigger.RunAsync(request, onProgress, cancellationToken)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await stderr.WriteLineAsync("Cancelled. The checkpoint of the last completed unit is kept: run the same command again to resume.").ConfigureAwait(false);
                output.Error(null, "cancelled", null);
                return CancelledExitCode;
            }

            output.SyncSummary(summary, sink?.Path, sink?.CheckpointPath);
            return summary.Outcome == ZoomSyncOutcome.Vetoed ? VetoedExitCode : 0;
        }

        /// <summary>Starts the connector's hosted services (the sync schedules) and shows a status line until cancelled or <paramref name="maxRuns"/> runs ended.</summary>
        private async Task<int> WatchAsync(IServiceProvider services, Output output, int? maxRuns, CancellationToken cancellationToken)
        {
            var settings = services.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value.Sync;
            if (!settings.ScheduleEnabled)
            {
                throw new SampleInputException("Zoom:Sync:ScheduleEnabled", "is false, so there are no schedules to watch; set it to true or run sync without --watch.");
            }

            var trigger = services.GetRequiredService<IZoomSyncTrigger>();
            var sink = services.GetRequiredService<IZoomSyncSink>() as JsonLinesZoomSyncSink;
            var time = services.GetRequiredService<TimeProvider>();
            var runs = new List<ZoomSyncSummary>();
            var gate = new object();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var status = new SyncWatchStatus(stderr, settings, time);

            void Started(object? sender, ZoomSyncRunStartedEventArgs e) => status.RunStarted(e);
            void Completed(object? sender, ZoomSyncRunCompletedEventArgs e)
            {
                status.RunCompleted(e.Summary);
                lock (gate)
                {
                    if (e.Summary.Outcome == ZoomSyncOutcome.Cancelled && stop.IsCancellationRequested)
                    {
                        return; // the run Ctrl+C interrupted: reported once at the end
                    }

                    runs.Add(e.Summary);
                    output.SyncWatchRun(e.Summary);
                    if (maxRuns is { } n && runs.Count(static r => r.Outcome != ZoomSyncOutcome.Skipped) >= n)
                    {
                        // Not inline: the runner is still inside its reporting call.
                        _ = stop.CancelAsync();
                    }
                }
            }

            trigger.RunStarted += Started;
            trigger.RunCompleted += Completed;
            var hosted = services.GetServices<IHostedService>().ToList();
            var startedServices = new List<IHostedService>();
            try
            {
                foreach (var service in hosted)
                {
                    await service.StartAsync(stop.Token).ConfigureAwait(false);
                    startedServices.Add(service);
                }

                await status.ShowUntilAsync(stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Ctrl+C, the caller's token or --max-runs: stop the schedules below.
            }
            finally
            {
                for (var i = startedServices.Count - 1; i >= 0; i--)
                {
                    await startedServices[i].StopAsync(CancellationToken.None).ConfigureAwait(false);
                }

                trigger.RunStarted -= Started;
                trigger.RunCompleted -= Completed;
            }

            List<ZoomSyncSummary> done;
            lock (gate)
            {
                done = [.. runs];
            }

            await stderr.WriteLineAsync(cancellationToken.IsCancellationRequested
                ? "Stopped (Ctrl+C). A run in progress keeps its checkpoint and resumes at the next start."
                : "Stopped after --max-runs runs.").ConfigureAwait(false);
            output.SyncWatchEnded(done, sink?.Path, sink?.CheckpointPath);
            return 0;
        }

        private static ZoomSyncEntities? ParseEntities(ArgumentResult result)
        {
            var entities = ZoomSyncEntities.None;
            var parts = result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            foreach (var part in parts)
            {
                switch (part.ToLowerInvariant())
                {
                    case "users" or "user": entities |= ZoomSyncEntities.Users; break;
                    case "meetings" or "meeting": entities |= ZoomSyncEntities.Meetings | ZoomSyncEntities.Invitations; break;
                    case "recordings" or "recording": entities |= ZoomSyncEntities.Recordings; break;
                    case "all": entities |= ZoomSyncEntities.All; break;
                    default:
                        result.AddError($"--entities takes {string.Join(", ", EntityNames)} (comma-separated); got '{part}'.");
                        return null;
                }
            }

            if (entities == ZoomSyncEntities.None)
            {
                result.AddError($"--entities needs at least one of {string.Join(", ", EntityNames)}.");
                return null;
            }

            return entities;
        }
    }
}
