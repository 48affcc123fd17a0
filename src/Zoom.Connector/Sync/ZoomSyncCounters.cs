using System.Text.Json.Serialization;

namespace Zoom.Connector.Sync;

/// <summary>
/// A run's counts per entity type, as kept in the checkpoint. Change them only under the run's state lock (see
/// <see cref="ZoomSyncContext.Commit"/>); <see cref="Requests"/> alone is counted with <see cref="Interlocked"/>.
/// </summary>
internal sealed class ZoomSyncCounters
{
    [JsonInclude]
    public long Requests;

    public ZoomSyncTally Users { get; set; } = new();

    public ZoomSyncTally Meetings { get; set; } = new();

    public ZoomSyncTally Invitations { get; set; } = new();

    public ZoomSyncTally Recordings { get; set; } = new();

    public ZoomSyncTally this[ZoomSyncEntityType type] => type switch
    {
        ZoomSyncEntityType.User => Users,
        ZoomSyncEntityType.Meeting => Meetings,
        ZoomSyncEntityType.Invitation => Invitations,
        ZoomSyncEntityType.Recording => Recordings,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type."),
    };

    /// <summary>Adds another set of counts (the requests excepted: they are counted as they are sent).</summary>
    public void Add(ZoomSyncCounters other)
    {
        foreach (var type in Enum.GetValues<ZoomSyncEntityType>())
        {
            this[type].Add(other[type]);
        }
    }

    public Dictionary<ZoomSyncEntityType, ZoomSyncEntityCounts> Snapshot()
        => Enum.GetValues<ZoomSyncEntityType>().ToDictionary(static t => t, t => this[t].Snapshot());
}

/// <summary>The counts of one entity type.</summary>
internal sealed class ZoomSyncTally
{
    public long Seen { get; set; }

    public long Upserted { get; set; }

    public long Unchanged { get; set; }

    public long Deleted { get; set; }

    public long Skipped { get; set; }

    public void Add(ZoomSyncTally other)
    {
        Seen += other.Seen;
        Upserted += other.Upserted;
        Unchanged += other.Unchanged;
        Deleted += other.Deleted;
        Skipped += other.Skipped;
    }

    public ZoomSyncEntityCounts Snapshot() => new()
    {
        Seen = Seen,
        Upserted = Upserted,
        Unchanged = Unchanged,
        Deleted = Deleted,
        Skipped = Skipped,
    };
}

/// <summary>What one item (or one listing step) changed: counts and skipped errors, committed together with its state.</summary>
internal sealed class ZoomSyncDelta
{
    public ZoomSyncCounters Counts { get; } = new();

    public List<ZoomSyncItemError> Errors { get; } = [];

    /// <summary>Records ("type:id") this item emitted or re-found as emitted by its interrupted earlier attempt.</summary>
    public List<string> Emitted { get; } = [];

    public ZoomSyncTally this[ZoomSyncEntityType type] => Counts[type];
}
