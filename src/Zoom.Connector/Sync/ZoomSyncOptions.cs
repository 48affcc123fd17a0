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

    /// <summary>
    /// <c>Zoom:Sync:UserStatuses</c>: which users to list (flags: <c>Active</c>, <c>Inactive</c>, <c>Pending</c>). Default all
    /// three. Meetings and recordings are read for active and inactive users (pending users have none). Users are only
    /// deleted from the sink when all three statuses are listed and Zoom returns the user under none of them.
    /// </summary>
    public ZoomSyncUserStatuses UserStatuses { get; set; } = ZoomSyncUserStatuses.All;

    /// <summary>
    /// <c>Zoom:Sync:IncludePasscodes</c>: whether meeting and recording passcodes (and the passcode lines, <c>pwd</c> link
    /// parameters and phone PINs of invitation texts) are stored in the sink. Default false. Host keys and encrypted
    /// passcodes are never stored.
    /// </summary>
    public bool IncludePasscodes { get; set; }

    /// <summary>
    /// <c>Zoom:Sync:VetoRequiresConfirmation</c>: whether deletions held back by the veto wait for
    /// <see cref="IZoomSyncTrigger.ConfirmVetoedDeletionsAsync"/>. Default true. When false, a later run that computes
    /// exactly the same deletions applies them.
    /// </summary>
    public bool VetoRequiresConfirmation { get; set; } = true;

    /// <summary>
    /// <c>Zoom:Sync:DetailRefreshPerRun</c>: how many held meetings each incremental run re-reads in full (details,
    /// occurrences, invitation: 2 requests each) besides the new, list-changed and connector-changed ones, taking the
    /// meetings in id order from where the last run stopped, so that a change made outside the connector (in Zoom's web
    /// portal, with no webhook) to settings or occurrences only is caught within (held meetings / N) incremental runs.
    /// Default 0 (off: such changes wait for a webhook or the next full run); 0-10,000.
    /// </summary>
    public int DetailRefreshPerRun { get; set; }
}

/// <summary>User statuses a sync run lists (combine with <c>|</c>).</summary>
[Flags]
public enum ZoomSyncUserStatuses
{
    /// <summary>None (not valid in configuration).</summary>
    None = 0,

    /// <summary>Active users.</summary>
    Active = 1,

    /// <summary>Deactivated users (they keep their meetings and cloud recordings).</summary>
    Inactive = 2,

    /// <summary>Users who have not accepted their invitation yet (Zoom gives them no id).</summary>
    Pending = 4,

    /// <summary>Every status.</summary>
    All = Active | Inactive | Pending,
}
