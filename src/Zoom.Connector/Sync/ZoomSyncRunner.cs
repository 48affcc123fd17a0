using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Zoom.Connector.Sync;

/// <summary>The <see cref="IZoomSyncTrigger"/>: lock, run, report.</summary>
internal sealed class ZoomSyncRunner : IZoomSyncTrigger
{
    /// <summary>The lock name all runs on the registered sink share (full and incremental runs share one checkpoint).</summary>
    public const string LockName = "zoom-sync";

    /// <summary>The meter name.</summary>
    public const string MeterName = ZoomSyncMetrics.MeterName;

    private readonly ZoomSyncEngine _engine;
    private readonly IZoomSyncLock _lock;
    private readonly IEnumerable<IZoomSyncObserver> _observers;
    private readonly IOptions<ZoomSyncOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ZoomSyncRunner> _logger;
    private readonly ZoomSyncMetrics _metrics;

    public ZoomSyncRunner(
        ZoomSyncEngine engine,
        IZoomSyncLock syncLock,
        IEnumerable<IZoomSyncObserver> observers,
        IOptions<ZoomSyncOptions> options,
        TimeProvider time,
        ILogger<ZoomSyncRunner> logger,
        ZoomSyncMetrics metrics)
    {
        _engine = engine;
        _lock = syncLock;
        _observers = observers;
        _options = options;
        _time = time;
        _logger = logger;
        _metrics = metrics;
    }

    public event EventHandler<ZoomSyncRunStartedEventArgs>? RunStarted;

    public event EventHandler<ZoomSyncRunCompletedEventArgs>? RunCompleted;

    public Task<ZoomSyncSummary> RunNowAsync(ZoomSyncKind kind, CancellationToken cancellationToken = default)
        => RunAsync(RequestFor(kind), null, cancellationToken);

    public async Task<ZoomSyncSummary> RunAsync(ZoomSyncRequest request, IProgress<ZoomSyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var handle = await _lock.AcquireAsync(LockName, cancellationToken).ConfigureAwait(false);
        await using (handle.ConfigureAwait(false))
        {
            return await RunLockedAsync(request, progress, handle as IZoomSyncLease, scheduled: false, throwOnError: true, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<ZoomSyncVeto?> GetPendingVetoAsync(CancellationToken cancellationToken = default) => _engine.GetPendingVetoAsync(cancellationToken);

    public async Task<int> ConfirmVetoedDeletionsAsync(string runId, CancellationToken cancellationToken = default)
    {
        var handle = await _lock.AcquireAsync(LockName, cancellationToken).ConfigureAwait(false);
        await using (handle.ConfigureAwait(false))
        {
            return await _engine.ConfirmVetoedDeletionsAsync(runId, handle as IZoomSyncLease, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A scheduled run: skipped (and reported as such) when another run holds the lock. Never throws but on shutdown.</summary>
    public async Task<ZoomSyncSummary> RunScheduledAsync(ZoomSyncKind kind, CancellationToken cancellationToken)
    {
        var handle = await _lock.TryAcquireAsync(LockName, cancellationToken).ConfigureAwait(false);
        if (handle is null)
        {
            ZoomSyncLog.TriggerSkipped(_logger, kind);
            var now = _time.GetUtcNow();
            var skipped = new ZoomSyncSummary
            {
                RunId = "skipped",
                Kind = kind,
                Outcome = ZoomSyncOutcome.Skipped,
                StartedAt = now,
                EndedAt = now,
                Entities = new Dictionary<ZoomSyncEntityType, ZoomSyncEntityCounts>(),
            };
            _metrics.Runs.Add(1, new("kind", Name(kind)), new("outcome", "skipped"));
            await NotifyCompletedAsync(new ZoomSyncRunCompletedEventArgs(skipped, scheduled: true)).ConfigureAwait(false);
            return skipped;
        }

        await using (handle.ConfigureAwait(false))
        {
            return await RunLockedAsync(RequestFor(kind), null, handle as IZoomSyncLease, scheduled: true, throwOnError: false, cancellationToken).ConfigureAwait(false);
        }
    }

    internal ZoomSyncRequest RequestFor(ZoomSyncKind kind) => new() { Kind = kind, Entities = _options.Value.Entities };

    private async Task<ZoomSyncSummary> RunLockedAsync(ZoomSyncRequest request, IProgress<ZoomSyncProgress>? progress, IZoomSyncLease? lease, bool scheduled, bool throwOnError, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await NotifyStartedAsync(new ZoomSyncRunStartedEventArgs(request.Kind, _time.GetUtcNow(), scheduled)).ConfigureAwait(false);
        ZoomSyncSummary summary;
        try
        {
            summary = await _engine.RunAsync(request, progress, lease, cancellationToken).ConfigureAwait(false);
        }
        catch (ZoomSyncLeaseLostException ex)
        {
            // Another instance holds the lock now: this run wrote nothing since the loss and reports it as such.
            summary = await _engine.DescribeInterruptedAsync(request.Kind, ZoomSyncOutcome.LeaseLost, ex.Message).ConfigureAwait(false);
            ZoomSyncLog.RunFailed(_logger, ex, summary.RunId, request.Kind);
            await ReportAsync(summary, started, scheduled).ConfigureAwait(false);
            if (throwOnError)
            {
                throw;
            }

            return summary;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            summary = await _engine.DescribeInterruptedAsync(request.Kind, ZoomSyncOutcome.Cancelled, null).ConfigureAwait(false);
            ZoomSyncLog.RunCancelled(_logger, summary.RunId, request.Kind);
            await ReportAsync(summary, started, scheduled).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Every failure is reported (a scheduled run never takes the schedule down); on-demand callers get it rethrown.
            summary = await _engine.DescribeInterruptedAsync(request.Kind, ZoomSyncOutcome.Failed, ex.Message).ConfigureAwait(false);
            ZoomSyncLog.RunFailed(_logger, ex, summary.RunId, request.Kind);
            await ReportAsync(summary, started, scheduled).ConfigureAwait(false);
            if (throwOnError)
            {
                throw;
            }

            return summary;
        }

        await ReportAsync(summary, started, scheduled).ConfigureAwait(false);
        return summary;
    }

    private async Task ReportAsync(ZoomSyncSummary summary, long started, bool scheduled)
    {
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var kind = Name(summary.Kind);
        var outcome = summary.Outcome.ToString().ToLowerInvariant();
        _metrics.Runs.Add(1, new("kind", kind), new("outcome", outcome));
        _metrics.Duration.Record(seconds, new("kind", kind), new("outcome", outcome));
        _metrics.Requests.Add(summary.Requests, new KeyValuePair<string, object?>("kind", kind));
        long upserted = 0, deleted = 0, skipped = 0;
        foreach (var (type, counts) in summary.Entities)
        {
            _metrics.AddRecords(kind, type, counts);
            upserted += counts.Upserted;
            deleted += counts.Deleted;
            skipped += counts.Skipped;
        }

        ZoomSyncLog.RunEnded(_logger, summary.RunId, summary.Kind, summary.Outcome, seconds, summary.Requests, upserted, deleted, skipped);
        await NotifyCompletedAsync(new ZoomSyncRunCompletedEventArgs(summary, scheduled)).ConfigureAwait(false);
    }

    private async Task NotifyStartedAsync(ZoomSyncRunStartedEventArgs args)
    {
        RunStarted?.Invoke(this, args);
        foreach (var observer in _observers)
        {
            await observer.OnRunStartedAsync(args, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task NotifyCompletedAsync(ZoomSyncRunCompletedEventArgs args)
    {
        RunCompleted?.Invoke(this, args);
        foreach (var observer in _observers)
        {
            await observer.OnRunCompletedAsync(args, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static string Name(ZoomSyncKind kind) => kind == ZoomSyncKind.Full ? "full" : "incremental";
}
