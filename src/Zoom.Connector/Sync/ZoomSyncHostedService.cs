using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Zoom.Connector.Sync;

/// <summary>
/// Runs full syncs every <see cref="ZoomSyncOptions.FullEvery"/> and incremental syncs every
/// <see cref="ZoomSyncOptions.IncrementalEvery"/> (inside the optional time-of-day window), on the injected
/// <see cref="TimeProvider"/>. A trigger that finds a run in progress is skipped; a full run due at the same time as an
/// incremental one replaces it. On shutdown the running sync is cancelled and its checkpoint kept for the next start.
/// </summary>
internal sealed class ZoomSyncHostedService(
    ZoomSyncRunner runner,
    ZoomSyncEngine engine,
    IOptions<ZoomSyncOptions> options,
    TimeProvider time,
    ILogger<ZoomSyncHostedService> logger) : BackgroundService
{
    /// <summary>Raised when the loop starts waiting for the next run (test seam: tells when to advance a fake clock).</summary>
    internal event Action<ZoomSyncKind, DateTimeOffset>? Waiting;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.ScheduleEnabled)
        {
            return;
        }

        await Task.Yield();
        var state = await engine.LoadStateAsync(stoppingToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var nextFull = state.LastFullCompletedAt is { } last && last + settings.FullEvery > now ? last + settings.FullEvery : now;
        DateTimeOffset? nextIncremental = settings.IncrementalEvery > TimeSpan.Zero ? now + settings.IncrementalEvery : null;
        if (state.Active is { Kind: ZoomSyncKind.Incremental } && nextIncremental is not null)
        {
            nextIncremental = now; // resume the interrupted incremental run first
        }

        var running = new List<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var kind = nextIncremental is { } inc && inc < nextFull ? ZoomSyncKind.Incremental : ZoomSyncKind.Full;
                var scheduled = kind == ZoomSyncKind.Full ? nextFull : nextIncremental!.Value;
                var due = ApplyWindow(scheduled, settings);
                ZoomSyncLog.NextRun(logger, kind, due);
                // Arm the timer before announcing the wait, so a clock moved by whoever hears the announcement
                // (a test, or a host reacting to it) always reaches a timer that already exists.
                var delay = due - time.GetUtcNow();
                var wait = delay > TimeSpan.Zero ? Task.Delay(delay, time, stoppingToken) : Task.CompletedTask;
                Waiting?.Invoke(kind, due);
                await wait.ConfigureAwait(false);

                running.RemoveAll(static t => t.IsCompleted);
                running.Add(FireAsync(kind, stoppingToken));
                now = time.GetUtcNow();
                if (kind == ZoomSyncKind.Full)
                {
                    nextFull = Next(nextFull, settings.FullEvery, now);
                    if (nextIncremental is { } i && i <= due)
                    {
                        nextIncremental = Next(i, settings.IncrementalEvery, now);
                    }
                }
                else
                {
                    nextIncremental = Next(nextIncremental!.Value, settings.IncrementalEvery, now);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: fall through and wait for the running sync to stop at its next cancellation point.
        }
        finally
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }

    /// <summary>Moves a due time into the time-of-day window (UTC), if one is configured.</summary>
    internal static DateTimeOffset ApplyWindow(DateTimeOffset due, ZoomSyncOptions settings)
    {
        if (settings.WindowStart is not { } start || settings.WindowEnd is not { } end || start == end)
        {
            return due;
        }

        var utc = due.ToUniversalTime();
        var tod = utc.TimeOfDay;
        var inside = start < end ? tod >= start && tod < end : tod >= start || tod < end;
        if (inside)
        {
            return due;
        }

        var day = new DateTimeOffset(utc.Date, TimeSpan.Zero);
        return tod < start ? day + start : day.AddDays(1) + start;
    }

    private static DateTimeOffset Next(DateTimeOffset previous, TimeSpan every, DateTimeOffset now)
    {
        var next = previous + every;
        if (next <= now)
        {
            // Missed slots (a long run, a sleeping machine) are skipped, not replayed one after another.
            var missed = (long)Math.Ceiling((now - next).Ticks / (double)every.Ticks);
            next += TimeSpan.FromTicks(every.Ticks * Math.Max(1, missed));
        }

        return next;
    }

    private async Task FireAsync(ZoomSyncKind kind, CancellationToken stoppingToken)
    {
        try
        {
            await runner.RunScheduledAsync(kind, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Cancelled by shutdown; the runner reported it and the checkpoint is kept.
        }
    }
}
