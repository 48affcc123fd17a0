using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Health;

/// <summary>
/// Remembers the last sync run that ran (skipped scheduled triggers are not runs) and when the connector started, for
/// <see cref="ZoomSyncHealthCheck"/>. Registered as an <see cref="IZoomSyncObserver"/>, so it hears every run.
/// </summary>
internal sealed class ZoomSyncHealthState(TimeProvider time) : IZoomSyncObserver
{
    private ZoomSyncSummary? _last;

    /// <summary>When this state was created: with a schedule, when the sync runner was built at start-up.</summary>
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    public ZoomSyncSummary? LastRun => Volatile.Read(ref _last);

    public ValueTask OnRunStartedAsync(ZoomSyncRunStartedEventArgs args, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask OnRunCompletedAsync(ZoomSyncRunCompletedEventArgs args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Summary.Outcome != ZoomSyncOutcome.Skipped)
        {
            Volatile.Write(ref _last, args.Summary);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// The last sync run against its schedule: Degraded when it failed or was vetoed (deletions held back until a person
/// confirms), and when no run has ended within twice the shortest schedule interval (since the last run, or since
/// start when none has run yet; a time-of-day window adds a day); Healthy otherwise. Healthy with "not registered"
/// when the host does not use sync. Data: outcome, kind, age and counts, never an id.
/// </summary>
internal sealed class ZoomSyncHealthCheck(
    IServiceProvider services,
    ZoomSyncHealthState state,
    IOptions<ZoomSyncOptions> options,
    TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<IZoomSyncTrigger>() is null)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Sync is not registered (AddSync)."));
        }

        var now = time.GetUtcNow();
        var settings = options.Value;
        var last = state.LastRun;
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        if (last is not null)
        {
            data["last_run_kind"] = Name(last.Kind);
            data["last_run_outcome"] = last.Outcome.ToString().ToLowerInvariant();
            data["last_run_ended_at"] = last.EndedAt.ToString("O", CultureInfo.InvariantCulture);
            data["last_run_age_seconds"] = (long)(now - last.EndedAt).TotalSeconds;
            data["last_run_requests"] = last.Requests;
            data["last_run_item_errors"] = last.Errors.Count;
        }

        var ended = last is null ? null : last.EndedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
        switch (last?.Outcome)
        {
            case ZoomSyncOutcome.Failed:
                return Degraded($"The last {Name(last.Kind)} sync run failed ({ended}); the logs say why (category Zoom.Connector.Sync).", data);
            case ZoomSyncOutcome.Vetoed:
                data["vetoed_deletions"] = last.Veto?.Figures.Sum(static f => f.ToDelete) ?? 0;
                return Degraded($"The last {Name(last.Kind)} sync run ({ended}) was vetoed: its deletions are held back until a person confirms them (IZoomSyncTrigger.ConfirmVetoedDeletionsAsync).", data);
        }

        if (settings.ScheduleEnabled)
        {
            var interval = settings.IncrementalEvery > TimeSpan.Zero && settings.IncrementalEvery < settings.FullEvery ? settings.IncrementalEvery : settings.FullEvery;
            var limit = interval * 2 + (settings.WindowStart is not null && settings.WindowEnd is not null ? TimeSpan.FromDays(1) : TimeSpan.Zero);
            data["schedule_interval_seconds"] = (long)interval.TotalSeconds;
            var since = last?.EndedAt ?? state.StartedAt;
            if (now - since > limit)
            {
                return Degraded(last is null
                    ? string.Create(CultureInfo.InvariantCulture, $"No sync run has ended since the connector started {Age(now - since)} ago; the schedule expects one every {Age(interval)}.")
                    : string.Create(CultureInfo.InvariantCulture, $"The last sync run ended {Age(now - since)} ago; the schedule expects one every {Age(interval)}."), data);
            }
        }

        return Task.FromResult(HealthCheckResult.Healthy(
            last is null ? "No sync run has ended yet." : $"The last {Name(last.Kind)} sync run {data["last_run_outcome"]} ({ended}).", data));
    }

    private static Task<HealthCheckResult> Degraded(string description, Dictionary<string, object> data)
        => Task.FromResult(HealthCheckResult.Degraded(description, data: data));

    private static string Name(ZoomSyncKind kind) => kind == ZoomSyncKind.Full ? "full" : "incremental";

    private static string Age(TimeSpan span)
        => span.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} h")
            : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.#} min");
}
