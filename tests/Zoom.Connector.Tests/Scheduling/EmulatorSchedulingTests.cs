using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Scheduling;
using Zoom.Connector.Testing;
using Calendar = Ical.Net.Calendar;

namespace Zoom.Connector.Tests.Scheduling;

/// <summary>The scheduler end to end against the Zoom emulator: the .ics must expand to exactly the occurrences Zoom (the emulator) reports.</summary>
public sealed class EmulatorSchedulingTests
{
    private sealed class Emulated : IAsyncDisposable
    {
        private readonly ServiceProvider _provider;

        public Emulated()
        {
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(SchedulingTestHost.Now));
            services.AddSingleton<IMeetingChangeListener>(Listener);
            services.AddZoomConnector(_ => { }).UseZoomEmulator(o => o.Seed = 11);
            _provider = services.BuildServiceProvider(validateScopes: true);
        }

        public RecordingListener Listener { get; } = new();

        public IZoomMeetingScheduler Scheduler => _provider.GetRequiredService<IZoomMeetingScheduler>();

        public IZoomMeetingsApi Meetings => _provider.GetRequiredService<IZoomMeetingsApi>();

        public ZoomEmulator Emulator => _provider.GetRequiredService<ZoomEmulator>();

        public ValueTask DisposeAsync() => _provider.DisposeAsync();
    }

    private static ScheduleMeetingRequest Request(DateTime start, string zone, ScheduleRecurrence recurrence) => new()
    {
        Topic = "Emulated " + recurrence.Frequency,
        Start = start,
        TimeZone = zone,
        Duration = TimeSpan.FromMinutes(45),
        Recurrence = recurrence,
        Password = "Pa55-w_rd",
        DialInCountries = ["US", "DE"],
    };

    private static IEnumerable<TestCaseData> Shapes()
    {
        yield return new TestCaseData(Request(new DateTime(2026, 10, 21, 9, 0, 0), "Europe/Paris", ScheduleRecurrence.Weekly(1, DayOfWeek.Monday, DayOfWeek.Wednesday).EndingAfter(6))).SetName("Weekly Mon/Wed 09:00 Paris across the EU change");
        yield return new TestCaseData(Request(new DateTime(2026, 10, 3, 8, 0, 0), "Europe/Paris", ScheduleRecurrence.Weekly(2, DayOfWeek.Saturday, DayOfWeek.Sunday).EndingAfter(6))).SetName("Every 2 weeks Sat/Sun");
        yield return new TestCaseData(Request(new DateTime(2026, 10, 30, 9, 30, 0), "America/New_York", ScheduleRecurrence.Daily(2).EndingAfter(5))).SetName("Daily every 2 days across the US change");
        yield return new TestCaseData(Request(new DateTime(2026, 10, 22, 17, 0, 0), "Asia/Tokyo", ScheduleRecurrence.Daily(1).EndingOn(new DateOnly(2026, 11, 2)))).SetName("Daily until a date in Tokyo");
        yield return new TestCaseData(Request(new DateTime(2027, 1, 15, 14, 0, 0), "Europe/Paris", ScheduleRecurrence.MonthlyOnDay(1, 15).EndingAfter(4))).SetName("Monthly on day 15 across the EU change");
        yield return new TestCaseData(Request(new DateTime(2027, 1, 12, 10, 0, 0), "Europe/Paris", ScheduleRecurrence.MonthlyOnWeekday(2, 2, DayOfWeek.Tuesday).EndingAfter(3))).SetName("Every 2 months on the 2nd Tuesday");
        yield return new TestCaseData(Request(new DateTime(2027, 1, 29, 16, 0, 0), "Europe/Paris", ScheduleRecurrence.MonthlyOnWeekday(1, ScheduleRecurrence.LastWeek, DayOfWeek.Friday).EndingOn(new DateOnly(2027, 4, 30)))).SetName("Monthly on the last Friday until a date");
        yield return new TestCaseData(Request(new DateTime(2026, 10, 20, 9, 0, 0), "Romance Standard Time", ScheduleRecurrence.Weekly(1, DayOfWeek.Monday, DayOfWeek.Wednesday).EndingAfter(4))).SetName("Weekly Mon/Wed starting on a Tuesday, Windows zone id");
    }

    private static DateTimeOffset[] IcsOccurrencesUtc(string ics)
    {
        var calendar = Calendar.Load(ics);
        Assert.That(calendar!.Events, Has.Count.EqualTo(1));
        return calendar.Events[0]!.GetOccurrences(null, null)
            .Select(o => new DateTimeOffset(o.Period.StartTime.AsUtc, TimeSpan.Zero))
            .Take(100)
            .ToArray();
    }

    private static async Task<DateTimeOffset[]> EmulatorOccurrencesAsync(Emulated zoom, long meetingId, bool availableOnly = true)
    {
        var meeting = await zoom.Meetings.GetMeetingAsync(meetingId, showPreviousOccurrences: true);
        return (meeting.Occurrences ?? [])
            .Where(o => !availableOnly || o.Status != OccurrenceStatus.Deleted)
            .Select(o => o.StartTime!.Value)
            .Order()
            .ToArray();
    }

    [TestCaseSource(nameof(Shapes))]
    public async Task GetInvitationAsync_ScheduledOnTheEmulator_IcsOccurrencesEqualTheEmulatorsOccurrences(ScheduleMeetingRequest request)
    {
        await using var zoom = new Emulated();

        var scheduled = await zoom.Scheduler.ScheduleAsync(request);
        var invitation = await zoom.Scheduler.GetInvitationAsync(scheduled.Id);

        var emulated = await EmulatorOccurrencesAsync(zoom, scheduled.Id);
        Assert.That(emulated, Is.Not.Empty);
        Assert.That(IcsOccurrencesUtc(invitation.ICalendar!), Is.EqualTo(emulated));
        Assert.That(scheduled.Occurrences.Select(o => o.StartUtc), Is.EqualTo(emulated), "the scheduling result shows the same occurrences");
        Assert.That(zoom.Scheduler.PreviewOccurrences(request).Select(o => o.StartUtc), Is.EqualTo(emulated), "the local preview agrees too");
        Assert.That(invitation.Meeting.Occurrences.Select(o => o.Start.TimeOfDay).Distinct(), Is.EqualTo(new[] { request.Start.TimeOfDay }));
        Assert.That(invitation.InvitationText, Does.Contain(scheduled.Topic!));
        Assert.That(invitation.ICalendar, Does.Not.Contain("zak=").And.Not.Contain("/s/"));
    }

    [Test]
    public async Task DeleteAsync_OneOccurrenceOnTheEmulator_IcsExcludesItAndStillEqualsTheEmulator()
    {
        await using var zoom = new Emulated();
        var scheduled = await zoom.Scheduler.ScheduleAsync(Request(new DateTime(2026, 10, 21, 9, 0, 0), "Europe/Paris", ScheduleRecurrence.Weekly(1, DayOfWeek.Monday, DayOfWeek.Wednesday).EndingAfter(6)));
        var second = scheduled.Occurrences[1];

        await zoom.Scheduler.DeleteAsync(scheduled.Id, second.OccurrenceId);
        var invitation = await zoom.Scheduler.GetInvitationAsync(scheduled.Id);

        Assert.That(zoom.Listener.Deleted, Is.EqualTo(new[] { (scheduled.Id, second.OccurrenceId) }));
        Assert.That(invitation.ICalendar, Does.Contain("EXDATE;TZID=Europe/Paris:20261026T090000"));
        var emulated = await EmulatorOccurrencesAsync(zoom, scheduled.Id);
        Assert.That(emulated, Has.Length.EqualTo(5).And.No.EqualTo(second.StartUtc));
        Assert.That(IcsOccurrencesUtc(invitation.ICalendar!), Is.EqualTo(emulated));
    }

    [Test]
    public async Task ScheduleAsync_WeeklyParisOnTheEmulator_KeepsNineLocalAcrossDst()
    {
        await using var zoom = new Emulated();

        var scheduled = await zoom.Scheduler.ScheduleAsync(Request(new DateTime(2026, 10, 21, 9, 0, 0), "Europe/Paris", ScheduleRecurrence.Weekly(1, DayOfWeek.Monday, DayOfWeek.Wednesday).EndingAfter(4)));

        Assert.That(scheduled.IsRecurring, Is.True);
        Assert.That(scheduled.Occurrences.Select(o => o.Start.Hour), Is.All.EqualTo(9));
        Assert.That(scheduled.Occurrences.Select(o => o.StartUtc.Hour), Is.EqualTo(new[] { 7, 8, 8, 8 }));
        Assert.That(zoom.Emulator.FindMeeting(scheduled.Id)!.Timezone, Is.EqualTo("Europe/Paris"));
        Assert.That(scheduled.DialInNumbers.Select(n => n.Country).Distinct(), Is.EquivalentTo(new[] { "US", "DE" }));
        Assert.That(zoom.Listener.Upserted.Select(m => m.Id), Is.EqualTo(new[] { scheduled.Id }));
    }

    [Test]
    public async Task ScheduleAsync_CoHostsOnTheEmulator_AccountUserAcceptedStrangerRefusedBeforeCreate()
    {
        await using var zoom = new Emulated();
        var colleague = zoom.Emulator.AddUser("colleague@example.com", "Col", "League");
        var request = Request(new DateTime(2026, 11, 3, 14, 0, 0), "Europe/Paris", ScheduleRecurrence.Daily(1).EndingAfter(2));

        var scheduled = await zoom.Scheduler.ScheduleAsync(request with { CoHosts = [colleague.Email!] });
        var meetingsBefore = zoom.Emulator.Meetings.Count;
        var error = Assert.ThrowsAsync<ArgumentException>(() => zoom.Scheduler.ScheduleAsync(request with { CoHosts = [colleague.Email!, "stranger@elsewhere.example"] }));

        Assert.That(scheduled.CoHosts, Is.EqualTo(new[] { colleague.Email }));
        Assert.That(error!.ParamName, Is.EqualTo("CoHosts"));
        Assert.That(zoom.Emulator.Meetings, Has.Count.EqualTo(meetingsBefore), "nothing was created for the refused request");
        Assert.That(zoom.Emulator.Requests.Count(r => r.Method == "POST"), Is.EqualTo(1), "only the first request was sent");
    }

    [Test]
    public async Task ScheduleAsync_InactiveCoHost_RefusedNamingCoHostsBeforeAnythingIsSent()
    {
        await using var zoom = new Emulated();
        var gone = zoom.Emulator.AddUser("gone@example.com", "Gone", "Away", status: UserStatus.Inactive);
        var request = Request(new DateTime(2026, 11, 3, 14, 0, 0), "Europe/Paris", ScheduleRecurrence.Daily(1).EndingAfter(2)) with { CoHosts = [gone.Email!] };
        var meetingsBefore = zoom.Emulator.Meetings.Count;

        var error = Assert.ThrowsAsync<ArgumentException>(() => zoom.Scheduler.ScheduleAsync(request));

        Assert.That(error!.ParamName, Is.EqualTo("CoHosts"));
        Assert.That(error.Message, Does.Contain("gone@example.com").And.Contain("deactivated"));
        Assert.That(zoom.Emulator.Meetings, Has.Count.EqualTo(meetingsBefore));
        Assert.That(zoom.Emulator.Requests.Count(r => r.Method == "POST"), Is.Zero);
    }

    [Test]
    public async Task ScheduleAsync_HostAsItsOwnCoHost_RefusedNamingCoHostsBeforeAnythingIsSent()
    {
        await using var zoom = new Emulated();
        var owner = zoom.Emulator.Users.Single(u => u.Id == zoom.Emulator.AdminUserId);
        var request = Request(new DateTime(2026, 11, 3, 14, 0, 0), "Europe/Paris", ScheduleRecurrence.Daily(1).EndingAfter(2)) with { CoHosts = [owner.Email!.ToUpperInvariant()] };

        var error = Assert.ThrowsAsync<ArgumentException>(() => zoom.Scheduler.ScheduleAsync(request));

        Assert.That(error!.ParamName, Is.EqualTo("CoHosts"));
        Assert.That(error.Message, Does.Contain("is the meeting's host"));
        Assert.That(zoom.Emulator.Requests.Count(r => r.Method == "POST"), Is.Zero);
    }
}
