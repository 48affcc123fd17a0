using Zoom.Connector.Models;

namespace Zoom.Connector.Sync;

/// <summary>Sync engine and schedule settings (<c>Zoom:Sync</c>). Every default is stated on its property.</summary>
public sealed class ZoomSyncOptions
{
    /// <summary>The sub-section these options are bound from, under the connector's section: <c>Sync</c>.</summary>
    public const string SectionName = "Sync";

    /// <summary><c>Zoom:Sync:ScheduleEnabled</c>: whether the hosted service runs the schedules. Default true.</summary>
    public bool ScheduleEnabled { get; set; } = true;

    /// <summary><c>Zoom:Sync:FullEvery</c>: interval between scheduled full syncs. Default 1 hour.</summary>
    public TimeSpan FullEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary><c>Zoom:Sync:IncrementalEvery</c>: interval between scheduled incremental syncs. Default 15 minutes; zero turns them off.</summary>
    public TimeSpan IncrementalEvery { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// <c>Zoom:Sync:WindowStart</c>: optional UTC time of day from which scheduled runs may start (with
    /// <see cref="WindowEnd"/>; a window may wrap midnight, e.g. 22:00-06:00). Runs falling due outside wait for it. Default none.
    /// </summary>
    public TimeSpan? WindowStart { get; set; }

    /// <summary><c>Zoom:Sync:WindowEnd</c>: optional UTC time of day until which scheduled runs may start. Default none.</summary>
    public TimeSpan? WindowEnd { get; set; }

    /// <summary><c>Zoom:Sync:MaxDegreeOfParallelism</c>: Zoom requests in flight at once. Default 16; the rate limiter keeps them within budget.</summary>
    public int MaxDegreeOfParallelism { get; set; } = 16;

    /// <summary><c>Zoom:Sync:PageSize</c>: records per list request (1-300). Default 300.</summary>
    public int PageSize { get; set; } = 300;

    /// <summary><c>Zoom:Sync:MeetingListType</c>: which meetings of a user to list. Default <c>scheduled</c>.</summary>
    public MeetingListType MeetingListType { get; set; } = MeetingListType.Scheduled;

    /// <summary><c>Zoom:Sync:RecordingsLookback</c>: the default recordings range ends today and starts this far back. Default 30 days.</summary>
    public TimeSpan RecordingsLookback { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// <c>Zoom:Sync:MaxDeleteShare</c>: the veto threshold. A run that would delete more than this share (0-1) of an entity
    /// type's records in scope is held back. Default 0.2 (20 %).
    /// </summary>
    public double MaxDeleteShare { get; set; } = 0.2;

    /// <summary><c>Zoom:Sync:Entities</c>: entity types scheduled runs cover. Default all.</summary>
    public ZoomSyncEntities Entities { get; set; } = ZoomSyncEntities.All;
}
