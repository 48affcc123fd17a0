using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Zoom.Connector.Sync;

/// <summary>
/// The sync instruments on the <c>Zoom.Connector</c> meter, created once and shared by scheduled/on-demand runs and by
/// event-driven refreshes (webhooks), so both count into the same series, told apart by the <c>kind</c> tag.
/// </summary>
internal sealed class ZoomSyncMetrics : IDisposable
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "Zoom.Connector";

    private readonly Meter? _ownedMeter;

    public ZoomSyncMetrics(IServiceProvider services)
    {
        var factory = services.GetService<IMeterFactory>();
        var meter = factory?.Create(MeterName) ?? (_ownedMeter = new Meter(MeterName));
        Runs = meter.CreateCounter<long>("zoom.sync.runs", "{run}", "Sync runs by kind and outcome.");
        Duration = meter.CreateHistogram<double>("zoom.sync.run.duration", "s", "Wall time of sync runs.");
        Records = meter.CreateCounter<long>("zoom.sync.records", "{record}", "Records by kind, entity and change (upserted, unchanged, deleted, skipped).");
        Requests = meter.CreateCounter<long>("zoom.sync.requests", "{request}", "Zoom requests made by sync runs and event-driven refreshes.");
        Events = meter.CreateCounter<long>("zoom.sync.events", "{event}", "Change events (webhooks) applied to the sink, by event name and result.");
    }

    public Counter<long> Runs { get; }

    public Histogram<double> Duration { get; }

    public Counter<long> Records { get; }

    public Counter<long> Requests { get; }

    public Counter<long> Events { get; }

    /// <summary>Adds a run's or a refresh's counts to <see cref="Records"/>.</summary>
    public void AddRecords(string kind, ZoomSyncEntityType type, ZoomSyncEntityCounts counts)
    {
        var entity = type.ToString().ToLowerInvariant();
        Records.Add(counts.Upserted, new("kind", kind), new("entity", entity), new("change", "upserted"));
        Records.Add(counts.Unchanged, new("kind", kind), new("entity", entity), new("change", "unchanged"));
        Records.Add(counts.Deleted, new("kind", kind), new("entity", entity), new("change", "deleted"));
        Records.Add(counts.Skipped, new("kind", kind), new("entity", entity), new("change", "skipped"));
    }

    public void Dispose() => _ownedMeter?.Dispose();
}
