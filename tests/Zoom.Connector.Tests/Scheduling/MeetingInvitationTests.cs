using Ical.Net;
using Ical.Net.DataTypes;
using NUnit.Framework;
using Zoom.Connector.Models;
using Zoom.Connector.Scheduling;
using Calendar = Ical.Net.Calendar;

namespace Zoom.Connector.Tests.Scheduling;

public sealed class MeetingInvitationTests
{
    private static async Task<MeetingInvitationDetails> InvitationAsync(SchedulingTestHost host, long meetingId, string fixture)
    {
        host.Answer(HttpMethod.Get, $"meetings/{meetingId}", fixture)
            .Answer(HttpMethod.Get, $"meetings/{meetingId}/invitation", "invitation.json");
        return await host.Scheduler.GetInvitationAsync(meetingId);
    }

    /// <summary>The unfolded property lines of the one VEVENT (the VTIMEZONE has RRULEs of its own).</summary>
    private static string[] EventLines(string ics)
    {
        var lines = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");
        var begin = Array.IndexOf(lines, "BEGIN:VEVENT");
        var end = Array.IndexOf(lines, "END:VEVENT");
        Assert.That(begin, Is.GreaterThanOrEqualTo(0).And.LessThan(end));
        return lines[(begin + 1)..end];
    }

    private static string[] RrulePartsOf(string ics)
        => EventLines(ics).Single(l => l.StartsWith("RRULE:", StringComparison.Ordinal))["RRULE:".Length..].Split(';');

    private static Calendar Parse(string ics)
    {
        var calendar = Calendar.Load(ics);
        Assert.That(calendar, Is.Not.Null);
        Assert.That(calendar!.Events, Has.Count.EqualTo(1), "one VEVENT");
        return calendar;
    }

    private static DateTimeOffset[] IcsOccurrencesUtc(Calendar calendar)
        => calendar.Events[0]!.GetOccurrences(null, null)
            .Select(o => new DateTimeOffset(o.Period.StartTime.AsUtc, TimeSpan.Zero))
            .Take(100)
            .ToArray();

    [Test]
    public async Task GetInvitationAsync_WeeklyParis_ReturnsZoomTextStructuredDetailsAndCalendar()
    {
        using var host = SchedulingTestHost.Create();

        var invitation = await InvitationAsync(host, 97763643886, "weekly-paris-dst.json");

        Assert.That(host.Single(HttpMethod.Get, "meetings/97763643886?").PathAndQuery, Is.EqualTo("/v2/meetings/97763643886?show_previous_occurrences=true"));
        Assert.That(invitation.InvitationText, Does.StartWith("Jill Chill is inviting you").And.Contain("Passcode: Pa55-w_rd"));
        Assert.That(invitation.Meeting.Kind, Is.EqualTo(ScheduledMeetingKind.Recurring));
        Assert.That(invitation.Meeting.Topic, Is.EqualTo("Design review"));
        Assert.That(invitation.Meeting.Password, Is.EqualTo("Pa55-w_rd"));
        Assert.That(invitation.Meeting.Occurrences, Has.Count.EqualTo(4));
        Assert.That(invitation.ToString(), Does.Not.Contain("Pa55-w_rd"));

        var ics = invitation.ICalendar!;
        Assert.That(ics, Does.Contain("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris"));
        Assert.That(ics, Does.Contain("DTSTART;TZID=Europe/Paris:20261021T090000"));
        Assert.That(RrulePartsOf(ics), Is.EquivalentTo(new[] { "FREQ=WEEKLY", "COUNT=4", "BYDAY=MO,WE", "WKST=SU" }));
        Assert.That(ics, Does.Contain("DURATION:PT45M"));
        Assert.That(ics, Does.Contain("LOCATION:https://example.zoom.us/j/97763643886?pwd=Zk9xQ2ZrT1V1"));
        Assert.That(ics, Does.Contain("URL:https://example.zoom.us/j/97763643886?pwd=Zk9xQ2ZrT1V1"));
        Assert.That(ics, Does.Contain("SUMMARY:Design review"));
        Assert.That(ics, Does.Not.Contain("EXDATE"), "no occurrence is deleted");

        var calendarEvent = Parse(ics).Events[0]!;
        Assert.That(calendarEvent.Description, Does.Contain("Passcode: Pa55-w_rd"));
        Assert.That(calendarEvent.Description, Does.Contain("+1 6465588656 (New York, US)").And.Contain("+49 6938079883 (Frankfurt, Germany) toll-free"));
        Assert.That(calendarEvent.Description, Does.Contain("Meeting ID: 97763643886"));
        Assert.That(calendarEvent.Uid, Is.EqualTo("97763643886@zoom.us"));
        Assert.That(calendarEvent.DtStamp!.AsUtc, Is.EqualTo(SchedulingTestHost.Now.UtcDateTime));
    }

    [Test]
    public async Task GetInvitationAsync_WeeklyParisAcrossDst_CalendarKeepsNineLocalAndShiftsUtc()
    {
        using var host = SchedulingTestHost.Create();

        var invitation = await InvitationAsync(host, 97763643886, "weekly-paris-dst.json");

        var occurrences = Parse(invitation.ICalendar!).Events[0]!.GetOccurrences(null, null).ToArray();
        Assert.That(occurrences.Select(o => o.Period.StartTime.Hour), Is.All.EqualTo(9));
        Assert.That(occurrences.Select(o => o.Period.StartTime.TzId), Is.All.EqualTo("Europe/Paris"));
        Assert.That(occurrences.Select(o => o.Period.StartTime.AsUtc.Hour), Is.EqualTo(new[] { 7, 8, 8, 8 }));
    }

    [TestCase("weekly-paris-dst.json", 97763643886L, "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO,WE;WKST=SU")]
    [TestCase("weekly-sun-sat.json", 81100000005L, "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=SU,SA;WKST=SU")]
    [TestCase("daily-new-york.json", 81100000001L, "RRULE:FREQ=DAILY;INTERVAL=2;COUNT=5;WKST=SU")]
    [TestCase("monthly-day.json", 81100000002L, "RRULE:FREQ=MONTHLY;COUNT=4;BYMONTHDAY=15;WKST=SU")]
    [TestCase("monthly-second-tuesday.json", 81100000003L, "RRULE:FREQ=MONTHLY;INTERVAL=2;COUNT=3;BYDAY=2TU;WKST=SU")]
    [TestCase("monthly-last-friday.json", 81100000004L, "RRULE:FREQ=MONTHLY;UNTIL=20270331T215959Z;BYDAY=-1FR;WKST=SU")]
    public async Task GetInvitationAsync_EveryRecurrenceShape_RruleMatchesAndOccurrencesEqualZooms(string fixture, long meetingId, string rrule)
    {
        using var host = SchedulingTestHost.Create();

        var invitation = await InvitationAsync(host, meetingId, fixture);

        Assert.That(RrulePartsOf(invitation.ICalendar!), Is.EquivalentTo(rrule["RRULE:".Length..].Split(';')));
        var zoom = SchedulingTestHost.ReadMeeting(fixture).Occurrences!.Select(o => o.StartTime!.Value).ToArray();
        Assert.That(IcsOccurrencesUtc(Parse(invitation.ICalendar!)), Is.EqualTo(zoom), "the .ics yields exactly the instants Zoom reports");
        Assert.That(invitation.Meeting.Occurrences.Select(o => o.StartUtc), Is.EqualTo(zoom));
    }

    [Test]
    public async Task GetInvitationAsync_DeletedOccurrence_WritesExdateAndCalendarSkipsIt()
    {
        using var host = SchedulingTestHost.Create();

        var invitation = await InvitationAsync(host, 97763643886, "weekly-paris-dst-deleted.json");

        Assert.That(invitation.ICalendar, Does.Contain("EXDATE;TZID=Europe/Paris:20261028T090000"));
        var available = invitation.Meeting.Occurrences.Where(o => !o.IsDeleted).Select(o => o.StartUtc).ToArray();
        Assert.That(available, Has.Length.EqualTo(3));
        Assert.That(invitation.Meeting.Occurrences.Single(o => o.IsDeleted).Start, Is.EqualTo(new DateTimeOffset(2026, 10, 28, 9, 0, 0, TimeSpan.FromHours(1))));
        Assert.That(IcsOccurrencesUtc(Parse(invitation.ICalendar!)), Is.EqualTo(available));
    }

    [Test]
    public async Task GetInvitationAsync_OneTime_HasNoRruleAndStartsAtZoomsStart()
    {
        using var host = SchedulingTestHost.Create();

        var invitation = await InvitationAsync(host, 84512345678, "one-time.json");

        Assert.That(invitation.Meeting.Kind, Is.EqualTo(ScheduledMeetingKind.OneTime));
        Assert.That(EventLines(invitation.ICalendar!), Has.None.StartsWith("RRULE"));
        Assert.That(EventLines(invitation.ICalendar!), Has.One.EqualTo("DTSTART;TZID=Europe/Paris:20261103T140000"));
        Assert.That(IcsOccurrencesUtc(Parse(invitation.ICalendar!)), Is.EqualTo(new[] { new DateTimeOffset(2026, 11, 3, 13, 0, 0, TimeSpan.Zero) }));
    }

    [Test]
    public async Task GetInvitationAsync_UtcMeeting_UsesUtcTimesWithoutVtimezone()
    {
        using var host = SchedulingTestHost.Create();

        var invitation = await InvitationAsync(host, 84500000001, "one-time-utc.json");

        Assert.That(invitation.ICalendar, Does.Not.Contain("VTIMEZONE"));
        Assert.That(EventLines(invitation.ICalendar!), Has.One.EqualTo("DTSTART:20261103T130000Z"));
        Assert.That(invitation.Meeting.Start, Is.EqualTo(new DateTimeOffset(2026, 11, 3, 13, 0, 0, TimeSpan.Zero)));
        Assert.That(IcsOccurrencesUtc(Parse(invitation.ICalendar!)), Is.EqualTo(new[] { new DateTimeOffset(2026, 11, 3, 13, 0, 0, TimeSpan.Zero) }));
    }

    [Test]
    public async Task GetInvitationAsync_RecurringWithoutFixedTime_HasTextButNoCalendar()
    {
        using var host = SchedulingTestHost.Create();

        var invitation = await InvitationAsync(host, 84500000002, "recurring-no-fixed-time.json");

        Assert.That(invitation.Meeting.Kind, Is.EqualTo(ScheduledMeetingKind.Recurring));
        Assert.That(invitation.Meeting.Start, Is.Null);
        Assert.That(invitation.InvitationText, Is.Not.Empty);
        Assert.That(invitation.ICalendar, Is.Null, "no time to put in a calendar");
    }

    [Test]
    public async Task GetInvitationAsync_RecurringWithoutUsableRule_ListsZoomsOccurrencesAsRdates()
    {
        using var host = SchedulingTestHost.Create();

        var invitation = await InvitationAsync(host, 84500000003, "recurring-without-rule.json");

        Assert.That(EventLines(invitation.ICalendar!), Has.None.StartsWith("RRULE"));
        var available = invitation.Meeting.Occurrences.Where(o => !o.IsDeleted).Select(o => o.StartUtc).ToArray();
        Assert.That(available, Has.Length.EqualTo(3));
        Assert.That(IcsOccurrencesUtc(Parse(invitation.ICalendar!)), Is.EqualTo(available));
    }

    [TestCase("weekly-paris-dst.json", 97763643886L)]
    [TestCase("one-time.json", 84512345678L)]
    public async Task GetInvitationAsync_AnyMeeting_NeverContainsTheStartUrl(string fixture, long meetingId)
    {
        using var host = SchedulingTestHost.Create();

        var invitation = await InvitationAsync(host, meetingId, fixture);

        Assert.That(invitation.ICalendar, Does.Not.Contain("zak=").And.Not.Contain("/s/" + meetingId).And.Not.Contain("host-secret"));
        Assert.That(invitation.Meeting.ToString(), Does.Not.Contain("zak="));
    }

    [Test]
    public void Rrule_MonthlyLastWeekdayFromZoom_UsesMinusOneOrdinal()
    {
        var rule = MeetingCalendar.ToRule(new MeetingRecurrence { Type = RecurrenceType.Monthly, RepeatInterval = 3, MonthlyWeek = -1, MonthlyWeekDay = 1, EndTimes = 2 });

        Assert.That(rule, Is.Not.Null);
        Assert.That(rule!.ByDay, Is.EqualTo(new[] { new WeekDay(DayOfWeek.Sunday, -1) }));
        Assert.That(rule.Interval, Is.EqualTo(3));
        Assert.That(rule.Count, Is.EqualTo(2));
        Assert.That(rule.Frequency, Is.EqualTo(FrequencyType.Monthly));
    }
}
