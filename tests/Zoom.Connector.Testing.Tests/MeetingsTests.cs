using System.Net;
using NUnit.Framework;
using Zoom.Connector.Http;
using Zoom.Connector.Models;

namespace Zoom.Connector.Testing.Tests;

[TestFixture]
public sealed class MeetingsTests
{
    private EmulatorHost _host = null!;

    [SetUp]
    public void SetUp() => _host = EmulatorHost.Create();

    [TearDown]
    public void TearDown() => _host.Dispose();

    private Task<Meeting> CreateAsync(MeetingCreateRequest request, string user = "me") => _host.Meetings.CreateMeetingAsync(user, request);

    [Test]
    public async Task CreateMeeting_OneTimeInNewYork_StoresUtcStartAndReturns201Fields()
    {
        var meeting = await CreateAsync(new MeetingCreateRequest
        {
            Topic = "Design review",
            Type = MeetingType.Scheduled,
            StartTime = new DateTime(2026, 12, 1, 9, 0, 0),
            Duration = 45,
            Timezone = "America/New_York",
        });

        Assert.That(meeting.Id, Is.GreaterThan(9_999_999_999L));
        Assert.That(meeting.StartTime, Is.EqualTo(new DateTimeOffset(2026, 12, 1, 14, 0, 0, TimeSpan.Zero)));
        Assert.That(meeting.Duration, Is.EqualTo(45));
        Assert.That(meeting.HostId, Is.EqualTo(_host.Emulator.AdminUserId));
        Assert.That(meeting.JoinUrl, Does.StartWith($"https://zoom.us/j/{meeting.Id}"));
        Assert.That(meeting.Password, Has.Length.InRange(1, 10));
        Assert.That(meeting.CreationSource, Is.EqualTo(CreationSource.OpenApi));
    }

    [Test]
    public async Task CreateMeeting_WeeklyAcrossDstChange_KeepsLocalTimeInTheMeetingsZone()
    {
        // Europe/Berlin starts summer time on 28 March 2027: 09:00 local is 08:00 UTC before and 07:00 UTC after.
        var meeting = await CreateAsync(new MeetingCreateRequest
        {
            Topic = "Weekly",
            Type = MeetingType.RecurringFixedTime,
            StartTime = new DateTime(2027, 3, 22, 9, 0, 0),
            Duration = 30,
            Timezone = "Europe/Berlin",
            Recurrence = new MeetingRecurrence { Type = RecurrenceType.Weekly, RepeatInterval = 1, WeeklyDays = "2,4", EndTimes = 4 },
        });

        var starts = _host.Emulator.FindMeeting(meeting.Id)!.Occurrences!.Select(o => o.StartTime!.Value.UtcDateTime).ToList();
        Assert.That(starts, Is.EqualTo(new[]
        {
            new DateTime(2027, 3, 22, 8, 0, 0), new DateTime(2027, 3, 24, 8, 0, 0),
            new DateTime(2027, 3, 29, 7, 0, 0), new DateTime(2027, 3, 31, 7, 0, 0),
        }));
        Assert.That(meeting.Occurrences![0].OccurrenceId, Is.EqualTo(new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task CreateMeeting_StartInThePast_StartsNow()
    {
        var meeting = await CreateAsync(new MeetingCreateRequest { Topic = "Late", StartTime = new DateTime(2020, 1, 1, 9, 0, 0), Timezone = "UTC" });

        Assert.That(meeting.StartTime, Is.EqualTo(EmulatorHost.Start));
    }

    [Test]
    public async Task CreateMeeting_DailyWithEndDateTime_StopsAtTheEnd()
    {
        var meeting = await CreateAsync(new MeetingCreateRequest
        {
            Topic = "Stand-up",
            Type = MeetingType.RecurringFixedTime,
            StartTime = new DateTime(2026, 12, 1, 9, 30, 0),
            Duration = 15,
            Timezone = "UTC",
            Recurrence = new MeetingRecurrence { Type = RecurrenceType.Daily, RepeatInterval = 2, EndDateTime = new DateTimeOffset(2026, 12, 10, 0, 0, 0, TimeSpan.Zero) },
        });

        Assert.That(meeting.Occurrences!.Select(o => o.StartTime!.Value.Day), Is.EqualTo(new[] { 1, 3, 5, 7, 9 }));
    }

    [Test]
    public async Task CreateMeeting_MonthlyOnLastFriday_ComputesTheLastFridays()
    {
        var meeting = await CreateAsync(new MeetingCreateRequest
        {
            Topic = "Month end",
            Type = MeetingType.RecurringFixedTime,
            StartTime = new DateTime(2026, 12, 1, 16, 0, 0),
            Duration = 60,
            Timezone = "Asia/Tokyo",
            Recurrence = new MeetingRecurrence { Type = RecurrenceType.Monthly, MonthlyWeek = -1, MonthlyWeekDay = 6, EndTimes = 3 },
        });

        var localDates = meeting.Occurrences!.Select(o => TimeZoneInfo.ConvertTime(o.StartTime!.Value, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).Date).ToList();
        Assert.That(localDates, Is.EqualTo(new[] { new DateTime(2026, 12, 25), new DateTime(2027, 1, 29), new DateTime(2027, 2, 26) }));
    }

    [Test]
    public async Task CreateMeeting_MonthlyOnDay31_SkipsShorterMonths()
    {
        var meeting = await CreateAsync(new MeetingCreateRequest
        {
            Topic = "Close books",
            Type = MeetingType.RecurringFixedTime,
            StartTime = new DateTime(2026, 12, 1, 10, 0, 0),
            Timezone = "UTC",
            Recurrence = new MeetingRecurrence { Type = RecurrenceType.Monthly, MonthlyDay = 31, EndTimes = 3 },
        });

        Assert.That(meeting.Occurrences!.Select(o => o.StartTime!.Value.Date), Is.EqualTo(new[] { new DateTime(2026, 12, 31), new DateTime(2027, 1, 31), new DateTime(2027, 3, 31) }));
    }

    [Test]
    public void CreateMeeting_DurationTooLong_ThrowsCode300NamingTheField()
    {
        var error = Assert.ThrowsAsync<ZoomApiException>(() => CreateAsync(new MeetingCreateRequest { Topic = "x", Duration = 5000 }));

        Assert.That(error!.ZoomCode, Is.EqualTo(300));
        Assert.That(error.FieldErrors.Select(f => f.Field), Does.Contain("duration"));
    }

    [Test]
    public void CreateMeeting_EndTimesAndEndDateTimeTogether_ThrowsCode300()
    {
        var error = Assert.ThrowsAsync<ZoomApiException>(() => CreateAsync(new MeetingCreateRequest
        {
            Topic = "x",
            Type = MeetingType.RecurringFixedTime,
            StartTime = new DateTime(2026, 12, 1, 9, 0, 0),
            Recurrence = new MeetingRecurrence { Type = RecurrenceType.Daily, EndTimes = 3, EndDateTime = new DateTimeOffset(2026, 12, 9, 0, 0, 0, TimeSpan.Zero) },
        }));

        Assert.That(error!.FieldErrors.Select(f => f.Field), Does.Contain("recurrence.end_times"));
    }

    [Test]
    public void CreateMeeting_AlternativeHostOutsideTheAccount_ThrowsCode300()
    {
        var error = Assert.ThrowsAsync<ZoomApiException>(() => CreateAsync(new MeetingCreateRequest
        {
            Topic = "x",
            StartTime = new DateTime(2026, 12, 1, 9, 0, 0),
            Settings = new MeetingSettings { AlternativeHosts = "stranger@elsewhere.example" },
        }));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error.ZoomCode, Is.EqualTo(300));
        Assert.That(error.ZoomMessage, Does.Contain("stranger@elsewhere.example"));
    }

    [Test]
    public async Task CreateMeeting_AlternativeHostInTheAccountAndDialInCountries_AreKept()
    {
        var colleague = _host.Emulator.Users.First(u => u.Status == UserStatus.Active && u.Id != _host.Emulator.AdminUserId);
        var meeting = await CreateAsync(new MeetingCreateRequest
        {
            Topic = "x",
            StartTime = new DateTime(2026, 12, 1, 9, 0, 0),
            Settings = new MeetingSettings { AlternativeHosts = colleague.Email, GlobalDialInCountries = ["US", "DE"] },
        });

        Assert.That(meeting.Settings!.AlternativeHosts, Is.EqualTo(colleague.Email));
        Assert.That(meeting.Settings.GlobalDialInNumbers!.Select(n => n.Country).Distinct(), Is.EquivalentTo(new[] { "US", "DE" }));
    }

    [Test]
    public void GetMeeting_UnknownId_ThrowsCode3001()
    {
        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Meetings.GetMeetingAsync(12345678901));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(error.ZoomCode, Is.EqualTo(3001));
    }

    [Test]
    public async Task GetMeeting_WithOccurrenceId_ReturnsThatOccurrencesStart()
    {
        var created = await CreateAsync(new MeetingCreateRequest
        {
            Topic = "Daily",
            Type = MeetingType.RecurringFixedTime,
            StartTime = new DateTime(2026, 12, 1, 9, 0, 0),
            Timezone = "UTC",
            Recurrence = new MeetingRecurrence { Type = RecurrenceType.Daily, EndTimes = 5 },
        });
        var third = created.Occurrences![2];

        var meeting = await _host.Meetings.GetMeetingAsync(created.Id, occurrenceId: third.OccurrenceId);

        Assert.That(meeting.StartTime, Is.EqualTo(third.StartTime));
    }

    [Test]
    public async Task UpdateMeeting_NewTopicAndStart_IsStored()
    {
        var created = await CreateAsync(new MeetingCreateRequest { Topic = "Old", StartTime = new DateTime(2026, 12, 1, 9, 0, 0), Timezone = "UTC" });
        await _host.Meetings.UpdateMeetingAsync(created.Id, new MeetingUpdateRequest { Topic = "New", StartTime = new DateTime(2026, 12, 2, 10, 0, 0) });

        var meeting = await _host.Meetings.GetMeetingAsync(created.Id);
        Assert.That(meeting.Topic, Is.EqualTo("New"));
        Assert.That(meeting.StartTime, Is.EqualTo(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)));
        Assert.That(meeting.Password, Is.EqualTo(created.Password));
    }

    [Test]
    public async Task DeleteMeeting_ThenGet_ThrowsCode3001_AndRecoverBringsItBack()
    {
        var created = await CreateAsync(new MeetingCreateRequest { Topic = "Temp", StartTime = new DateTime(2026, 12, 1, 9, 0, 0) });
        await _host.Meetings.DeleteMeetingAsync(created.Id);

        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Meetings.GetMeetingAsync(created.Id));
        await _host.Meetings.UpdateMeetingStatusAsync(created.Id, MeetingStatusRequest.Recover);

        Assert.That(error!.ZoomCode, Is.EqualTo(3001));
        Assert.That((await _host.Meetings.GetMeetingAsync(created.Id)).Topic, Is.EqualTo("Temp"));
    }

    [Test]
    public async Task DeleteMeeting_OneOccurrence_MarksOnlyThatOccurrenceDeleted()
    {
        var created = await CreateAsync(new MeetingCreateRequest
        {
            Topic = "Daily",
            Type = MeetingType.RecurringFixedTime,
            StartTime = new DateTime(2026, 12, 1, 9, 0, 0),
            Timezone = "UTC",
            Recurrence = new MeetingRecurrence { Type = RecurrenceType.Daily, EndTimes = 3 },
        });
        await _host.Meetings.DeleteMeetingAsync(created.Id, occurrenceId: created.Occurrences![1].OccurrenceId);

        var meeting = await _host.Meetings.GetMeetingAsync(created.Id);
        Assert.That(meeting.Occurrences!.Select(o => o.Status), Is.EqualTo(new OccurrenceStatus?[] { OccurrenceStatus.Available, OccurrenceStatus.Deleted, OccurrenceStatus.Available }));
    }

    [Test]
    public async Task EndToEnd_CreateThenListThenInvitation_ShowsTheMeeting()
    {
        var created = await CreateAsync(new MeetingCreateRequest
        {
            Topic = "Design review",
            StartTime = new DateTime(2026, 12, 1, 9, 0, 0),
            Duration = 45,
            Timezone = "Europe/London",
            Settings = new MeetingSettings { GlobalDialInCountries = ["GB"] },
        });

        var listed = await _host.Meetings.ListMeetingsAsync("me", MeetingListType.Upcoming, pageSize: 300);
        var invitation = (await _host.Meetings.GetMeetingInvitationAsync(created.Id)).Invitation!;

        Assert.That(listed.Meetings!.Select(m => m.Id), Does.Contain(created.Id));
        Assert.That(invitation, Does.Contain("Topic: Design review"));
        Assert.That(invitation, Does.Contain("Time: Dec 1, 2026 09:00 AM Europe/London"));
        Assert.That(invitation, Does.Contain(created.JoinUrl));
        Assert.That(invitation, Does.Contain("Meeting ID: " + InvitationWriter.FormatId(created.Id)));
        Assert.That(invitation, Does.Contain("Passcode: " + created.Password));
        Assert.That(invitation, Does.Contain("+44 203 481 5237 GB (London)"));
        Assert.That(invitation, Does.Contain("\r\n"));
    }

    [Test]
    public async Task ListMeetings_Upcoming_LeavesOutMeetingsThatAreOver()
    {
        var all = await _host.Meetings.ListMeetingsAsync("me", pageSize: 300);
        var upcoming = await _host.Meetings.ListMeetingsAsync("me", MeetingListType.Upcoming, pageSize: 300);
        var soon = await _host.Meetings.ListUpcomingMeetingsAsync("me");

        Assert.That(upcoming.Meetings!.Count, Is.LessThan(all.Meetings!.Count));
        Assert.That(upcoming.Meetings.Select(m => m.StartTime!.Value.AddMinutes(m.Duration ?? 0)), Has.All.GreaterThan(EmulatorHost.Start));
        Assert.That(soon.Meetings!.Select(m => m.Id), Is.EquivalentTo(upcoming.Meetings.Select(m => m.Id)));
    }

    [Test]
    public async Task DailyCap_OverTheLimit_Returns429WithIsoRetryAfter_AndResetsAtMidnightUtc()
    {
        using var host = EmulatorHost.Create(o => o.DailyMeetingWritesPerHost = 2);
        using var api = host.Raw();
        const string body = """{"topic":"x","type":2,"start_time":"2026-12-01T09:00:00","duration":30}""";
        for (var i = 0; i < 2; i++)
        {
            using var ok = await api.PostAsync("users/me/meetings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        using var limited = await api.PostAsync("users/me/meetings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var mapped = (ZoomRateLimitException)(await ZoomErrorMapper.CreateAsync(limited))!;
        host.Time.Advance(TimeSpan.FromHours(12));
        using var nextDay = await api.PostAsync("users/me/meetings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.That((int)limited.StatusCode, Is.EqualTo(429));
        Assert.That(limited.Headers.GetValues("Retry-After").Single(), Is.EqualTo("2026-11-29T00:00:00Z"));
        Assert.That(limited.Headers.GetValues("X-RateLimit-Type").Single(), Is.EqualTo("Daily-limit"));
        Assert.That(mapped.LimitType, Is.EqualTo(ZoomRateLimitType.Daily));
        Assert.That(mapped.RetryAt, Is.EqualTo(new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(nextDay.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task PastMeeting_ByDoubleEncodedUuid_ReturnsInstanceAndParticipants()
    {
        var recording = _host.Emulator.Recordings.First(r => r.HostId == _host.Emulator.AdminUserId && r.Uuid!.StartsWith('/'));

        var past = await _host.Meetings.GetPastMeetingAsync(MeetingIdOrUuid.FromUuid(recording.Uuid!));
        var instances = await _host.Meetings.ListPastMeetingInstancesAsync(recording.Id);
        var participants = await _host.Meetings.ListPastMeetingParticipantsAsync(MeetingIdOrUuid.FromUuid(recording.Uuid!), pageSize: 2);

        Assert.That(past.Uuid, Is.EqualTo(recording.Uuid));
        Assert.That(past.ParticipantsCount, Is.EqualTo(participants.TotalRecords));
        Assert.That(instances.Meetings!.Select(i => i.Uuid), Does.Contain(recording.Uuid));
        Assert.That(participants.Participants, Has.Count.EqualTo(2));
        Assert.That(participants.NextPageToken, Is.Not.Empty);
    }

    [Test]
    public async Task EndMeeting_AfterTheHostStartedIt_RecordsAPastInstance()
    {
        var created = await CreateAsync(new MeetingCreateRequest { Topic = "Live", StartTime = new DateTime(2026, 12, 1, 9, 0, 0) });
        _host.Emulator.StartMeeting(created.Id);
        var live = await _host.Meetings.ListMeetingsAsync("me", MeetingListType.Live);
        _host.Time.Advance(TimeSpan.FromMinutes(20));
        await _host.Meetings.UpdateMeetingStatusAsync(created.Id, MeetingStatusRequest.End);

        var past = await _host.Meetings.GetPastMeetingAsync(created.Id);
        Assert.That(live.Meetings!.Select(m => m.Id), Is.EqualTo(new[] { created.Id }));
        Assert.That(past.Duration, Is.EqualTo(20));
    }

    [Test]
    public async Task Registrants_OnARegistrationMeeting_AreCreatedAndListed()
    {
        var created = await CreateAsync(new MeetingCreateRequest
        {
            Topic = "Webinar-ish",
            StartTime = new DateTime(2026, 12, 1, 9, 0, 0),
            Settings = new MeetingSettings { ApprovalType = ApprovalType.Automatic },
        });

        var registered = await _host.Meetings.CreateMeetingRegistrantAsync(created.Id, new MeetingRegistrant { Email = "guest@example.org", FirstName = "Guest" });
        var list = await _host.Meetings.ListMeetingRegistrantsAsync(created.Id);

        Assert.That(registered.Id, Is.EqualTo(created.Id));
        Assert.That(list.Registrants!.Select(r => r.Email), Is.EqualTo(new[] { "guest@example.org" }));
        Assert.That(list.Registrants![0].Id, Is.EqualTo(registered.RegistrantId));
    }

    [Test]
    public async Task Registrants_WithoutRegistration_AreRefused()
    {
        var created = await CreateAsync(new MeetingCreateRequest { Topic = "Open", StartTime = new DateTime(2026, 12, 1, 9, 0, 0) });

        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Meetings.CreateMeetingRegistrantAsync(created.Id, new MeetingRegistrant { Email = "guest@example.org", FirstName = "Guest" }));
        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task UpdateMeeting_DirectChangeBetweenRuns_IsVisibleThroughTheApi()
    {
        var id = _host.Emulator.Meetings.First(m => m.HostId == _host.Emulator.AdminUserId).Id;
        _host.Emulator.UpdateMeeting(id, m => m with { Topic = "Changed behind the connector's back" });

        Assert.That((await _host.Meetings.GetMeetingAsync(id)).Topic, Is.EqualTo("Changed behind the connector's back"));
    }

    [Test]
    public async Task UpdateMeeting_OneOccurrence_MovesOnlyThatOccurrence()
    {
        var created = await CreateAsync(new MeetingCreateRequest
        {
            Topic = "Daily",
            Type = MeetingType.RecurringFixedTime,
            StartTime = new DateTime(2026, 12, 1, 9, 0, 0),
            Timezone = "UTC",
            Recurrence = new MeetingRecurrence { Type = RecurrenceType.Daily, EndTimes = 3 },
        });
        var second = created.Occurrences![1].OccurrenceId;

        await _host.Meetings.UpdateMeetingAsync(created.Id, new MeetingUpdateRequest { StartTime = new DateTime(2026, 12, 2, 15, 0, 0), Duration = 20 }, occurrenceId: second);

        var meeting = await _host.Meetings.GetMeetingAsync(created.Id);
        Assert.That(meeting.Occurrences!.Select(o => (o.StartTime!.Value.Hour, o.Duration)), Is.EqualTo(new[] { (9, (int?)60), (15, 20), (9, 60) }));
        Assert.That(meeting.Occurrences![1].OccurrenceId, Is.EqualTo(second));
    }

    [Test]
    public void ListMeetings_UnknownType_ThrowsCode300()
    {
        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Meetings.ListMeetingsAsync("me", (MeetingListType)99));

        Assert.That(error!.ZoomCode, Is.EqualTo(300));
    }

    [Test]
    public void GetPastMeeting_MeetingThatNeverRan_ThrowsCode3001()
    {
        var upcoming = _host.Emulator.Meetings.First(m => m.HostId == _host.Emulator.AdminUserId && m.StartTime > EmulatorHost.Start && m.Type == MeetingType.Scheduled);

        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Meetings.GetPastMeetingAsync(upcoming.Id));
        Assert.That(error!.ZoomCode, Is.EqualTo(3001));
    }

    [Test]
    public async Task CreateMeeting_UserLevelTokenForAnotherHost_ThrowsCode1001()
    {
        var person = _host.Emulator.Users.First(u => u.Status == UserStatus.Active && u.Id != _host.Emulator.AdminUserId);
        using var api = _host.Raw(_host.Emulator.IssueAccessToken(person.Id!));
        using var own = await api.PostAsync("users/me/meetings", new StringContent("""{"topic":"Mine","start_time":"2026-12-01T09:00:00"}""", System.Text.Encoding.UTF8, "application/json"));
        using var other = await api.PostAsync($"users/{_host.Emulator.AdminUserId}/meetings", new StringContent("""{"topic":"Not mine"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((string?)(await EmulatorHost.ReadJsonAsync(own))["host_id"], Is.EqualTo(person.Id));
        Assert.That((int?)(await EmulatorHost.ReadJsonAsync(other))["code"], Is.EqualTo(1001));
    }

    [Test]
    public async Task CreateMeeting_WrongJsonType_Returns300NamingTheField()
    {
        using var api = _host.Raw();
        using var response = await api.PostAsync("users/me/meetings", new StringContent("""{"topic":"x","duration":"long"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = await EmulatorHost.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((int?)body["code"], Is.EqualTo(300));
        Assert.That((string?)body["errors"]![0]!["field"], Is.EqualTo("duration"));
    }
}
