using System.Net;
using System.Text.Json;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Scheduling;
using Zoom.Connector.Clients;

namespace Zoom.Connector.Tests.Scheduling;

public sealed class ScheduleMeetingTests
{
    private static readonly JsonSerializerOptions ReflectionJson = new() { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    private static readonly DateTimeOffset Utc7 = new(2026, 10, 21, 7, 0, 0, TimeSpan.Zero);

    private static ScheduleMeetingRequest WeeklyMonWedParis() => new()
    {
        Topic = "Design review",
        Agenda = "Weekly design review",
        Start = new DateTime(2026, 10, 21, 9, 0, 0),
        TimeZone = "Europe/Paris",
        Duration = TimeSpan.FromMinutes(45),
        Recurrence = ScheduleRecurrence.Weekly(1, DayOfWeek.Monday, DayOfWeek.Wednesday).EndingAfter(4),
        Password = "Pa55-w_rd",
        DialInCountries = ["us", "DE"],
        WaitingRoom = true,
    };

    [Test]
    public async Task ScheduleAsync_OneTime_SendsType2LocalStartWithTimezoneAndReturnsOneTimeResult()
    {
        using var host = SchedulingTestHost.Create().Answer(HttpMethod.Post, "users/me/meetings", "one-time.json", HttpStatusCode.Created);

        var meeting = await host.Scheduler.ScheduleAsync(new ScheduleMeetingRequest
        {
            Topic = "Quarterly planning",
            Start = new DateTime(2026, 11, 3, 14, 0, 0),
            TimeZone = "Europe/Paris",
            Duration = TimeSpan.FromMinutes(90),
        });

        var body = host.Single(HttpMethod.Post, "users/me/meetings").Json;
        Assert.That(body.GetProperty("type").GetInt32(), Is.EqualTo(2));
        Assert.That(body.GetProperty("start_time").GetString(), Is.EqualTo("2026-11-03T14:00:00"));
        Assert.That(body.GetProperty("timezone").GetString(), Is.EqualTo("Europe/Paris"));
        Assert.That(body.GetProperty("duration").GetInt32(), Is.EqualTo(90));
        Assert.That(body.TryGetProperty("recurrence", out _), Is.False);
        Assert.That(body.TryGetProperty("settings", out _), Is.False, "no settings were asked for");

        Assert.That(meeting.Kind, Is.EqualTo(ScheduledMeetingKind.OneTime));
        Assert.That(meeting.IsRecurring, Is.False);
        Assert.That(meeting.Id, Is.EqualTo(84512345678L));
        Assert.That(meeting.Topic, Is.EqualTo("Quarterly planning"));
        Assert.That(meeting.StartUtc, Is.EqualTo(new DateTimeOffset(2026, 11, 3, 13, 0, 0, TimeSpan.Zero)));
        Assert.That(meeting.Start, Is.EqualTo(new DateTimeOffset(2026, 11, 3, 14, 0, 0, TimeSpan.FromHours(1))));
        Assert.That(meeting.Start!.Value.Offset, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(meeting.Duration, Is.EqualTo(TimeSpan.FromMinutes(90)));
        Assert.That(meeting.JoinUrl, Is.EqualTo("https://example.zoom.us/j/84512345678?pwd=Zk9xQ2ZrT1V1"));
        Assert.That(meeting.Password, Is.EqualTo("Pa55-w_rd"));
        Assert.That(meeting.CoHosts, Is.EqualTo(new[] { "thill@example.com", "5mV0gQ7yRk2rK3XW8pQ1hA" }));
        Assert.That(meeting.DialInNumbers.Select(n => n.Number), Is.EqualTo(new[] { "+1 6465588656", "+49 6938079883" }));
        Assert.That(meeting.Occurrences, Is.Empty);
        Assert.That(meeting.Recurrence, Is.Null);
    }

    [Test]
    public async Task ScheduleAsync_WeeklyMonWedParisAcrossDst_KeepsNineLocalWhileUtcShifts()
    {
        using var host = SchedulingTestHost.Create().Answer(HttpMethod.Post, "users/me/meetings", "weekly-paris-dst.json", HttpStatusCode.Created);

        var meeting = await host.Scheduler.ScheduleAsync(WeeklyMonWedParis());

        var body = host.Single(HttpMethod.Post, "users/me/meetings").Json;
        Assert.That(body.GetProperty("type").GetInt32(), Is.EqualTo(8));
        Assert.That(body.GetProperty("start_time").GetString(), Is.EqualTo("2026-10-21T09:00:00"), "wall clock, no Z, no offset");
        Assert.That(body.GetProperty("timezone").GetString(), Is.EqualTo("Europe/Paris"));
        var recurrence = body.GetProperty("recurrence");
        Assert.That(recurrence.GetProperty("type").GetInt32(), Is.EqualTo(2));
        Assert.That(recurrence.GetProperty("repeat_interval").GetInt32(), Is.EqualTo(1));
        Assert.That(recurrence.GetProperty("weekly_days").GetString(), Is.EqualTo("2,4"));
        Assert.That(recurrence.GetProperty("end_times").GetInt32(), Is.EqualTo(4));
        Assert.That(recurrence.TryGetProperty("end_date_time", out _), Is.False, "end_times and end_date_time exclude each other");
        var settings = body.GetProperty("settings");
        Assert.That(settings.GetProperty("global_dial_in_countries").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "US", "DE" }));
        Assert.That(settings.GetProperty("waiting_room").GetBoolean(), Is.True);
        Assert.That(body.GetProperty("password").GetString(), Is.EqualTo("Pa55-w_rd"));

        Assert.That(meeting.Kind, Is.EqualTo(ScheduledMeetingKind.Recurring));
        Assert.That(meeting.IsRecurring, Is.True);
        Assert.That(meeting.Recurrence, Is.Not.Null);
        Assert.That(meeting.Recurrence!.WeeklyDays, Is.EqualTo(new[] { DayOfWeek.Monday, DayOfWeek.Wednesday }));
        Assert.That(meeting.Recurrence.EndAfterOccurrences, Is.EqualTo(4));
        Assert.That(meeting.Occurrences.Select(o => o.Start.TimeOfDay), Is.All.EqualTo(TimeSpan.FromHours(9)), "09:00 Paris before and after the change");
        Assert.That(meeting.Occurrences.Select(o => o.Start.DayOfWeek), Is.EqualTo(new[] { DayOfWeek.Wednesday, DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Monday }));
        Assert.That(meeting.Occurrences.Select(o => o.StartUtc), Is.EqualTo(new[]
        {
            Utc7,
            new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 10, 28, 8, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero),
        }));
        Assert.That(meeting.Occurrences.Select(o => o.Start.Offset), Is.EqualTo(new[] { TimeSpan.FromHours(2), TimeSpan.FromHours(1), TimeSpan.FromHours(1), TimeSpan.FromHours(1) }));
        Assert.That(meeting.Occurrences.Select(o => o.Start.UtcDateTime), Is.EqualTo(meeting.Occurrences.Select(o => o.StartUtc.UtcDateTime)));
    }

    [TestCaseSource(nameof(Shapes))]
    public async Task ScheduleAsync_RecurrenceShape_SendsZoomRecurrenceWithLocalStart(ScheduleRecurrence recurrence, string expectedRecurrenceJson)
    {
        using var host = SchedulingTestHost.Create().Answer(HttpMethod.Post, "users/me/meetings", "weekly-paris-dst.json", HttpStatusCode.Created);

        await host.Scheduler.ScheduleAsync(WeeklyMonWedParis() with { Recurrence = recurrence, Start = new DateTime(2027, 1, 15, 14, 0, 0) });

        var body = host.Single(HttpMethod.Post, "users/me/meetings").Json;
        Assert.That(body.GetProperty("type").GetInt32(), Is.EqualTo(8));
        Assert.That(body.GetProperty("recurrence").GetRawText(), Is.EqualTo(expectedRecurrenceJson));
        AssertLocalStartWithTimezone(body);
    }

    private static IEnumerable<TestCaseData> Shapes()
    {
        yield return new TestCaseData(ScheduleRecurrence.Daily(2).EndingAfter(5), """{"type":1,"repeat_interval":2,"end_times":5}""").SetName("Daily every 2 days, 5 times");
        yield return new TestCaseData(ScheduleRecurrence.Weekly(3, DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Wednesday).EndingAfter(60), """{"type":2,"repeat_interval":3,"weekly_days":"2,4,6","end_times":60}""").SetName("Weekly every 3 weeks Mon/Wed/Fri");
        yield return new TestCaseData(ScheduleRecurrence.MonthlyOnDay(1, 15).EndingAfter(4), """{"type":3,"repeat_interval":1,"monthly_day":15,"end_times":4}""").SetName("Monthly on day 15");
        yield return new TestCaseData(ScheduleRecurrence.MonthlyOnWeekday(2, 2, DayOfWeek.Tuesday).EndingAfter(3), """{"type":3,"repeat_interval":2,"monthly_week":2,"monthly_week_day":3,"end_times":3}""").SetName("Monthly on the 2nd Tuesday");
        yield return new TestCaseData(ScheduleRecurrence.MonthlyOnWeekday(1, ScheduleRecurrence.LastWeek, DayOfWeek.Friday).EndingOn(new DateOnly(2027, 3, 31)), """{"type":3,"repeat_interval":1,"monthly_week":-1,"monthly_week_day":6,"end_date_time":"2027-03-31T21:59:59Z"}""").SetName("Monthly on the last Friday until a date (CEST end of day)");
        yield return new TestCaseData(ScheduleRecurrence.Daily(1).EndingOn(new DateOnly(2027, 2, 1)), """{"type":1,"repeat_interval":1,"end_date_time":"2027-02-01T22:59:59Z"}""").SetName("Daily until a date (CET end of day)");
    }

    [TestCase("Romance Standard Time", "Europe/Paris")]
    [TestCase("Eastern Standard Time", "America/New_York")]
    [TestCase("America/Los_Angeles", "America/Los_Angeles")]
    [TestCase("UTC", "UTC")]
    public async Task ScheduleAsync_TimeZoneId_SendsZoomsIanaId(string given, string sent)
    {
        using var host = SchedulingTestHost.Create().Answer(HttpMethod.Post, "users/me/meetings", "one-time.json", HttpStatusCode.Created);

        await host.Scheduler.ScheduleAsync(new ScheduleMeetingRequest { Topic = "Zone", Start = new DateTime(2026, 11, 3, 14, 0, 0), TimeZone = given });

        var body = host.Single(HttpMethod.Post, "users/me/meetings").Json;
        Assert.That(body.GetProperty("timezone").GetString(), Is.EqualTo(sent));
        AssertLocalStartWithTimezone(body);
    }

    [Test]
    public async Task ScheduleAsync_CoHostsInAccount_ChecksEachThenSendsThemSemicolonSeparated()
    {
        using var host = SchedulingTestHost.Create()
            .Answer(HttpMethod.Get, "users/thill%40example.com", "user.json")
            .Answer(HttpMethod.Get, "users/5mV0gQ7yRk2rK3XW8pQ1hA", "user.json")
            .Answer(HttpMethod.Get, "users/me", "host-user.json")
            .Answer(HttpMethod.Post, "users/me/meetings", "one-time.json", HttpStatusCode.Created);

        await host.Scheduler.ScheduleAsync(new ScheduleMeetingRequest
        {
            Topic = "Co-hosted",
            Start = new DateTime(2026, 11, 3, 14, 0, 0),
            TimeZone = "Europe/Paris",
            CoHosts = ["thill@example.com", " 5mV0gQ7yRk2rK3XW8pQ1hA ", "THILL@example.com"],
            JoinBeforeHost = true,
        });

        Assert.That(host.Requests.Select(r => r.Method.Method + " " + r.PathAndQuery), Is.EqualTo(new[]
        {
            "GET /v2/users/thill%40example.com",
            "GET /v2/users/me",
            "GET /v2/users/5mV0gQ7yRk2rK3XW8pQ1hA",
            "POST /v2/users/me/meetings",
        }), "each co-host is looked up once, and the host once (to refuse it as its own co-host), before the create");
        var settings = host.Single(HttpMethod.Post, "users/me/meetings").Json.GetProperty("settings");
        Assert.That(settings.GetProperty("alternative_hosts").GetString(), Is.EqualTo("thill@example.com;5mV0gQ7yRk2rK3XW8pQ1hA"));
        Assert.That(settings.GetProperty("join_before_host").GetBoolean(), Is.True);
    }

    [TestCase(HttpStatusCode.NotFound)]
    [TestCase(HttpStatusCode.BadRequest)]
    public void ScheduleAsync_CoHostNotInAccount_IsRefusedBeforeAnyCreate(HttpStatusCode status)
    {
        using var host = SchedulingTestHost.Create()
            .Answer(HttpMethod.Get, "users/thill%40example.com", "user.json")
            .Answer(HttpMethod.Get, "users/ghost%40example.com", "user-not-found.json", status)
            .Answer(HttpMethod.Get, "users/me", "host-user.json")
            .Answer(HttpMethod.Post, "users/me/meetings", "one-time.json", HttpStatusCode.Created);

        var error = Assert.ThrowsAsync<ArgumentException>(() => host.Scheduler.ScheduleAsync(new ScheduleMeetingRequest
        {
            Topic = "Co-hosted",
            Start = new DateTime(2026, 11, 3, 14, 0, 0),
            TimeZone = "Europe/Paris",
            CoHosts = ["thill@example.com", "ghost@example.com"],
        }));

        Assert.That(error!.ParamName, Is.EqualTo("CoHosts"));
        Assert.That(error.Message, Does.Contain("'ghost@example.com' is not a user of this Zoom account").And.Contain("code 1001"));
        Assert.That(host.Requests.Where(r => r.Method == HttpMethod.Post), Is.Empty, "no create request was sent");
        Assert.That(host.Listener.Upserted, Is.Empty);
    }

    [Test]
    public async Task ScheduleAsync_Created_ListenerGetsCreateResponseBeforeTheCallReturns()
    {
        using var host = SchedulingTestHost.Create().Answer(HttpMethod.Post, "users/me/meetings", "weekly-paris-dst.json", HttpStatusCode.Created);

        var meeting = await host.Scheduler.ScheduleAsync(WeeklyMonWedParis());

        Assert.That(host.Listener.Upserted, Has.Count.EqualTo(1));
        Assert.That(host.Listener.Upserted[0].Id, Is.EqualTo(meeting.Id));
        Assert.That(host.Listener.Upserted[0].Occurrences, Has.Count.EqualTo(4), "the create response itself, not a later read");
        Assert.That(host.Requests, Has.Count.EqualTo(1), "no extra read after a create");
    }

    [Test]
    public void ScheduleAsync_ListenerFails_ThrowsWriteThroughCarryingTheCreatedMeeting()
    {
        using var host = SchedulingTestHost.Create(new FailingListener()).Answer(HttpMethod.Post, "users/me/meetings", "weekly-paris-dst.json", HttpStatusCode.Created);

        var error = Assert.ThrowsAsync<MeetingWriteThroughException>(() => host.Scheduler.ScheduleAsync(WeeklyMonWedParis()));

        Assert.That(error!.MeetingId, Is.EqualTo(97763643886L));
        Assert.That(error.Meeting!.Id, Is.EqualTo(97763643886L), "the Zoom change is not lost");
        Assert.That(error.InnerException, Is.TypeOf<InvalidOperationException>());
        Assert.That(host.Listener.Upserted, Has.Count.EqualTo(1), "the other listener still heard about it");
    }

    [Test]
    public async Task ScheduleAsync_Result_NeverCarriesTheStartUrl()
    {
        using var host = SchedulingTestHost.Create().Answer(HttpMethod.Post, "users/me/meetings", "weekly-paris-dst.json", HttpStatusCode.Created);

        var meeting = await host.Scheduler.ScheduleAsync(WeeklyMonWedParis());

        var json = JsonSerializer.Serialize(meeting, ReflectionJson);
        Assert.That(json, Does.Not.Contain("zak=").And.Not.Contain("/s/97763643886"));
        Assert.That(typeof(ScheduledMeeting).GetProperties().Select(p => p.Name), Has.None.Contains("StartUrl"));
        Assert.That(meeting.ToString(), Does.Not.Contain("Pa55-w_rd").And.Not.Contain("pwd="));
    }

    [Test]
    public async Task ScheduleAsync_SundayAndSaturday_MapsWeekdaysToZoomAndBack()
    {
        using var host = SchedulingTestHost.Create().Answer(HttpMethod.Post, "users/me/meetings", "weekly-sun-sat.json", HttpStatusCode.Created);

        var meeting = await host.Scheduler.ScheduleAsync(WeeklyMonWedParis() with
        {
            Start = new DateTime(2026, 10, 3, 8, 0, 0),
            Recurrence = ScheduleRecurrence.Weekly(1, DayOfWeek.Saturday, DayOfWeek.Sunday).EndingAfter(4),
        });

        var recurrence = host.Single(HttpMethod.Post, "users/me/meetings").Json.GetProperty("recurrence");
        Assert.That(recurrence.GetProperty("weekly_days").GetString(), Is.EqualTo("1,7"), "Sunday = 1, Saturday = 7");
        Assert.That(meeting.Recurrence!.WeeklyDays, Is.EquivalentTo(new[] { DayOfWeek.Sunday, DayOfWeek.Saturday }));
        Assert.That(meeting.Occurrences.Select(o => o.Start.DayOfWeek).Distinct(), Is.EquivalentTo(new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
    }

    [Test]
    public void ZoomWeekdays_EveryDay_MapsBothWays()
    {
        var expected = new Dictionary<DayOfWeek, int>
        {
            [DayOfWeek.Sunday] = 1,
            [DayOfWeek.Monday] = 2,
            [DayOfWeek.Tuesday] = 3,
            [DayOfWeek.Wednesday] = 4,
            [DayOfWeek.Thursday] = 5,
            [DayOfWeek.Friday] = 6,
            [DayOfWeek.Saturday] = 7,
        };
        foreach (var (day, zoom) in expected)
        {
            Assert.That(ZoomWeekdays.ToZoom(day), Is.EqualTo(zoom), day.ToString());
            Assert.That(ZoomWeekdays.FromZoom(zoom), Is.EqualTo(day), zoom.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.That(ZoomWeekdays.Parse(ZoomWeekdays.Format(expected.Keys)), Is.EqualTo(expected.Keys.OrderBy(d => d)));
    }

    [Test]
    public async Task SchedulerFactory_ForAnotherClientPair_UsesThoseClientsAndTheRegisteredListeners()
    {
        using var host = SchedulingTestHost.Create().Answer(HttpMethod.Post, "users/me/meetings", "one-time.json", HttpStatusCode.Created);
        var factory = host.Host.Get<IZoomMeetingSchedulerFactory>();
        var meetings = CountingMeetingsApi.Wrap(host.Host.Get<IZoomMeetingsApi>());

        var meeting = await factory.Create(meetings.Api, host.Host.Get<IZoomUsersApi>())
            .ScheduleAsync(new ScheduleMeetingRequest { Topic = "Mine", Start = new DateTime(2026, 11, 3, 14, 0, 0), TimeZone = "Europe/Paris" });

        Assert.That(meetings.Creates, Is.EqualTo(1), "the scheduler sent through the pair it was given");
        Assert.That(host.Listener.Upserted.Select(m => m.Id), Is.EqualTo(new[] { meeting.Id }));
        Assert.That(host.Single(HttpMethod.Post, "users/me/meetings"), Is.Not.Null);
    }

    [Test]
    public async Task SchedulerFactory_Create_SchedulesAsMeWithTheRegisteredClock()
    {
        using var host = SchedulingTestHost.Create().Answer(HttpMethod.Post, "users/me/meetings", "one-time.json", HttpStatusCode.Created);
        var scheduler = host.Host.Get<IZoomMeetingSchedulerFactory>().Create(host.Host.Get<IZoomMeetingsApi>(), host.Host.Get<IZoomUsersApi>());

        var meeting = await scheduler.ScheduleAsync(new ScheduleMeetingRequest { Topic = "Mine", Start = new DateTime(2026, 11, 3, 14, 0, 0), TimeZone = "Europe/Paris" });

        Assert.That(meeting.Id, Is.EqualTo(84512345678L));
        Assert.That(host.Listener.Upserted, Has.Count.EqualTo(1), "the factory adds the registered listeners");
        host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 3, 13, 0, 1, TimeSpan.Zero));
        Assert.ThrowsAsync<ArgumentException>(() => scheduler.ScheduleAsync(new ScheduleMeetingRequest { Topic = "Mine", Start = new DateTime(2026, 11, 3, 14, 0, 0), TimeZone = "Europe/Paris" }));
    }

    [Test]
    public async Task SchedulerFactory_ForUser_CreatesAsThePersonAndChecksCoHostsWithTheServiceIdentity()
    {
        using var host = SchedulingTestHost.Create()
            .Answer(HttpMethod.Get, "users/thill%40example.com", "user.json")
            .Answer(HttpMethod.Get, "users/me", "host-user.json")
            .Answer(HttpMethod.Post, "users/me/meetings", "one-time.json", HttpStatusCode.Created);
        var personMeetings = CountingMeetingsApi.Wrap(host.Host.Get<IZoomMeetingsApi>());
        var person = new ZoomUserClients(
            "alice", personMeetings.Api, host.Host.Get<IZoomUsersApi>(), UnreachableClient.Create<IZoomRecordingsApi>());

        var meeting = await host.Host.Get<IZoomMeetingSchedulerFactory>().ForUser(person).ScheduleAsync(new ScheduleMeetingRequest
        {
            Topic = "Mine",
            Start = new DateTime(2026, 11, 3, 14, 0, 0),
            TimeZone = "Europe/Paris",
            CoHosts = ["thill@example.com"],
        });

        Assert.That(personMeetings.Creates, Is.EqualTo(1), "created with the person's client");
        Assert.That(host.Single(HttpMethod.Post, "users/").PathAndQuery, Is.EqualTo("/v2/users/me/meetings"));
        Assert.That(host.Single(HttpMethod.Get, "users/thill").PathAndQuery, Is.EqualTo("/v2/users/thill%40example.com"), "co-host checked");
        Assert.That(host.Single(HttpMethod.Get, "users/me").PathAndQuery, Is.EqualTo("/v2/users/me"), "the host (me) asked once, to refuse it as its own co-host");
        Assert.That(host.Listener.Upserted.Select(m => m.Id), Is.EqualTo(new[] { meeting.Id }));
    }

    internal static void AssertLocalStartWithTimezone(JsonElement body)
    {
        var start = body.GetProperty("start_time").GetString()!;
        Assert.That(body.TryGetProperty("timezone", out _), Is.True);
        Assert.That(start, Does.Match(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$"), "a start sent with a timezone has no Z and no offset");
    }
}
