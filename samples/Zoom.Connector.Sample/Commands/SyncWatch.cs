using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zoom.Connector.Sample.Failures;
using Zoom.Connector.Sample.Output;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Sample.Commands;

/// <summary><c>sync --watch [--max-runs N]</c>: the connector's sync schedules in the foreground.</summary>
internal static class SyncWatch
{
    /// <summary>Starts the connector's hosted services (the sync schedules) and shows a status line until cancelled or <paramref name="maxRuns"/> runs ended.</summary>
    public static async Task<int> RunAsync(CommandContext context, int? maxRuns)
    {
        var services = context.Services;
        var output = context.Output;
        var stderr = context.Stderr;
        var cancellationToken = context.CancellationToken;
        var settings = services.GetRequiredService<IOptions<ZoomSyncOptions>>().Value;
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
        var started = false;
        try
        {
            await SyncCommand.CheckFilesAsync(sink, cancellationToken).ConfigureAwait(false);

            // Subscribed first, so the first scheduled run (due at once) is seen; starting validates the options.
            await context.Host.StartAsync(stop.Token).ConfigureAwait(false);
            started = true;
            await status.ShowUntilAsync(stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl+C, the caller's token or --max-runs: stop the schedules below.
        }
        finally
        {
            if (started)
            {
                await context.Host.StopAsync(CancellationToken.None).ConfigureAwait(false);
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
}
