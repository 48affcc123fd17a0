using Zoom.Connector.Models;
using Zoom.Connector.Sync;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zoom.Connector.WebSample.Hosting;

namespace Zoom.Connector.WebSample.Pages.Meetings;

/// <summary>"My meetings": the signed-in person's meetings as the sync store holds them (no Zoom request).</summary>
public sealed class IndexModel(SignedInPerson person, InMemoryZoomSyncSink store, SyncHistory history) : PageModel
{
    /// <summary>The person's meetings, soonest first.</summary>
    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    /// <summary>When the store was last brought up to date by a completed run, if ever.</summary>
    public DateTimeOffset? LastSync { get; private set; }

    /// <summary>Reads the store.</summary>
    public void OnGet()
    {
        Meetings = [.. store.Meetings.Values
            .Where(r => r.ParentId == person.ZoomUserId)
            .Select(r => r.Value)
            .OrderBy(m => NextStart(m) ?? DateTimeOffset.MaxValue)
            .ThenBy(m => m.Topic, StringComparer.CurrentCulture)];
        LastSync = history.Runs.FirstOrDefault(r => r.Summary.Outcome == ZoomSyncOutcome.Completed)?.Summary.EndedAt;
    }

    /// <summary>The meeting's start, or its next occurrence's for a series, in the meeting's zone.</summary>
    public static DateTimeOffset? NextStart(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var start = meeting.Occurrences?.Where(o => o.Status != OccurrenceStatus.Deleted && o.StartTime is not null).Select(o => o.StartTime).FirstOrDefault() ?? meeting.StartTime;
        if (start is not { } utc)
        {
            return null;
        }

        return meeting.Timezone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? TimeZoneInfo.ConvertTime(utc, zone) : utc;
    }
}
