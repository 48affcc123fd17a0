using System.Net;
using NUnit.Framework;
using Zoom.Connector.Scheduling;

namespace Zoom.Connector.Tests.Scheduling;

public sealed class MeetingUpdateDeleteTests
{
    private const long MeetingId = 97763643886;

    [Test]
    public async Task UpdateAsync_TopicAndDuration_PatchesThenReadsBackAndNotifiesBeforeReturning()
    {
        using var host = SchedulingTestHost.Create()
            .Answer(HttpMethod.Patch, $"meetings/{MeetingId}", null, HttpStatusCode.NoContent)
            .Answer(HttpMethod.Get, $"meetings/{MeetingId}", "weekly-paris-dst.json");

        var meeting = await host.Scheduler.UpdateAsync(MeetingId, new UpdateScheduledMeetingRequest { Topic = "Design review v2", Duration = TimeSpan.FromMinutes(30) });

        Assert.That(host.Requests.Select(r => r.Method), Is.EqualTo(new[] { HttpMethod.Patch, HttpMethod.Get }), "patch, then a fresh read");
        var patch = host.Single(HttpMethod.Patch, "meetings/");
        Assert.That(patch.TopLevelNames, Is.EquivalentTo(new[] { "topic", "duration" }));
        Assert.That(patch.Json.GetProperty("duration").GetInt32(), Is.EqualTo(30));
        Assert.That(host.Listener.Upserted, Has.Count.EqualTo(1));
        Assert.That(host.Listener.Upserted[0].Id, Is.EqualTo(MeetingId));
        Assert.That(meeting.Id, Is.EqualTo(MeetingId));
    }

    [Test]
    public async Task UpdateAsync_StartWithoutZone_SendsLocalStartInTheMeetingsZone()
    {
        using var host = SchedulingTestHost.Create()
            .Answer(HttpMethod.Patch, $"meetings/{MeetingId}", null, HttpStatusCode.NoContent)
            .Answer(HttpMethod.Get, $"meetings/{MeetingId}", "weekly-paris-dst.json");

        await host.Scheduler.UpdateAsync(MeetingId, new UpdateScheduledMeetingRequest { Start = new DateTime(2026, 10, 22, 10, 30, 0) });

        var patch = host.Single(HttpMethod.Patch, "meetings/").Json;
        Assert.That(patch.GetProperty("start_time").GetString(), Is.EqualTo("2026-10-22T10:30:00"));
        Assert.That(patch.GetProperty("timezone").GetString(), Is.EqualTo("Europe/Paris"), "the zone Zoom reports for the meeting");
        ScheduleMeetingTests.AssertLocalStartWithTimezone(patch);
    }

    [Test]
    public async Task UpdateAsync_Recurrence_SendsType8AndZoomRecurrence()
    {
        using var host = SchedulingTestHost.Create()
            .Answer(HttpMethod.Patch, $"meetings/{MeetingId}", null, HttpStatusCode.NoContent)
            .Answer(HttpMethod.Get, $"meetings/{MeetingId}", "weekly-paris-dst.json");

        await host.Scheduler.UpdateAsync(MeetingId, new UpdateScheduledMeetingRequest { Recurrence = ScheduleRecurrence.MonthlyOnWeekday(1, 1, DayOfWeek.Thursday).EndingAfter(6) });

        var patch = host.Single(HttpMethod.Patch, "meetings/").Json;
        Assert.That(patch.GetProperty("type").GetInt32(), Is.EqualTo(8));
        Assert.That(patch.GetProperty("recurrence").GetRawText(), Is.EqualTo("""{"type":3,"repeat_interval":1,"monthly_week":1,"monthly_week_day":5,"end_times":6}"""));
    }

    [Test]
    public async Task UpdateAsync_OneOccurrence_SendsOccurrenceId()
    {
        using var host = SchedulingTestHost.Create()
            .Answer(HttpMethod.Patch, $"meetings/{MeetingId}", null, HttpStatusCode.NoContent)
            .Answer(HttpMethod.Get, $"meetings/{MeetingId}", "weekly-paris-dst.json");

        await host.Scheduler.UpdateAsync(MeetingId, new UpdateScheduledMeetingRequest { OccurrenceId = "1761721200000", Agenda = "Moved items" });

        Assert.That(host.Single(HttpMethod.Patch, "meetings/").PathAndQuery, Is.EqualTo($"/v2/meetings/{MeetingId}?occurrence_id=1761721200000"));
    }

    [TestCase("Topic", "Changing one occurrence (OccurrenceId) allows only Agenda, Start and Duration")]
    [TestCase("TimeZone", "TimeZone can only be changed together with Start")]
    [TestCase("Nothing", "The update changes nothing")]
    [TestCase("PastStart", "Start 2026-09-01 09:00 Europe/Paris")]
    [TestCase("BadRecurrence", "Recurrence.Interval of a weekly recurrence must be 1-50; got 0.")]
    [TestCase("BadRecurrenceInMeetingZone", "Recurrence.MonthlyDay must be 1-31; got 32.")]
    [TestCase("UtcStartInMeetingZone", "Start must be a wall-clock time in TimeZone (DateTimeKind.Unspecified), not a Utc time")]
    [TestCase("DurationTooLong", "Duration must be 1-1440 minutes; got 1500.")]
    public void UpdateAsync_InvalidChange_ThrowsBeforeSending(string change, string message)
    {
        using var host = SchedulingTestHost.Create();
        var request = change switch
        {
            "Topic" => new UpdateScheduledMeetingRequest { OccurrenceId = "1761721200000", Topic = "x" },
            "TimeZone" => new UpdateScheduledMeetingRequest { TimeZone = "Europe/Paris" },
            "Nothing" => new UpdateScheduledMeetingRequest(),
            "PastStart" => new UpdateScheduledMeetingRequest { Start = new DateTime(2026, 9, 1, 9, 0, 0), TimeZone = "Europe/Paris" },
            "BadRecurrenceInMeetingZone" => new UpdateScheduledMeetingRequest { Recurrence = ScheduleRecurrence.MonthlyOnDay(1, 32).EndingAfter(2) },
            "UtcStartInMeetingZone" => new UpdateScheduledMeetingRequest { Start = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc) },
            "DurationTooLong" => new UpdateScheduledMeetingRequest { Start = new DateTime(2026, 11, 1, 9, 0, 0), Duration = TimeSpan.FromMinutes(1500) },
            _ => new UpdateScheduledMeetingRequest { Start = new DateTime(2026, 11, 1, 9, 0, 0), TimeZone = "Europe/Paris", Recurrence = ScheduleRecurrence.Weekly(0, DayOfWeek.Monday).EndingAfter(2) },
        };

        var error = Assert.ThrowsAsync<ArgumentException>(() => host.Scheduler.UpdateAsync(MeetingId, request));

        Assert.That(error!.Message, Does.StartWith(message));
        Assert.That(host.Requests, Is.Empty);
        Assert.That(host.Listener.Upserted, Is.Empty);
    }

    [TestCase(null)]
    [TestCase("1761721200000")]
    public async Task DeleteAsync_MeetingOrOccurrence_DeletesAndNotifiesBeforeReturning(string? occurrenceId)
    {
        using var host = SchedulingTestHost.Create().Answer(HttpMethod.Delete, $"meetings/{MeetingId}", null, HttpStatusCode.NoContent);

        await host.Scheduler.DeleteAsync(MeetingId, occurrenceId);

        var expected = occurrenceId is null ? $"/v2/meetings/{MeetingId}" : $"/v2/meetings/{MeetingId}?occurrence_id={occurrenceId}";
        Assert.That(host.Single(HttpMethod.Delete, "meetings/").PathAndQuery, Is.EqualTo(expected));
        Assert.That(host.Listener.Deleted, Is.EqualTo(new[] { (MeetingId, occurrenceId) }));
    }

    [Test]
    public void DeleteAsync_ListenerFails_ThrowsWriteThroughAfterZoomDeleted()
    {
        using var host = SchedulingTestHost.Create(new FailingListener()).Answer(HttpMethod.Delete, $"meetings/{MeetingId}", null, HttpStatusCode.NoContent);

        var error = Assert.ThrowsAsync<MeetingWriteThroughException>(() => host.Scheduler.DeleteAsync(MeetingId));

        Assert.That(error!.MeetingId, Is.EqualTo(MeetingId));
        Assert.That(host.Requests, Has.Count.EqualTo(1), "Zoom deleted the meeting");
        Assert.That(host.Listener.Deleted, Has.Count.EqualTo(1));
    }

    [Test]
    public void DeleteAsync_ZoomRefuses_NoListenerIsTold()
    {
        using var host = SchedulingTestHost.Create().Answer(HttpMethod.Delete, $"meetings/{MeetingId}", "user-not-found.json", HttpStatusCode.NotFound);

        Assert.ThrowsAsync<Zoom.Connector.Http.ZoomApiException>(() => host.Scheduler.DeleteAsync(MeetingId));

        Assert.That(host.Listener.Deleted, Is.Empty);
    }
}
