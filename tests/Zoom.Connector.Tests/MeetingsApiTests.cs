using System.Net;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests;

public sealed class MeetingsApiTests : ApiTestBase
{
    private static IZoomMeetingsApi Meetings(ZoomTestHost host) => host.Get<IZoomMeetingsApi>();

    [Test]
    public async Task ListMeetings_WithRange_SendsQueryAndToleratesUnknownType()
    {
        var (request, page) = await SendAsync(
            h => Meetings(h).ListMeetingsAsync("me", MeetingListType.UpcomingMeetings, pageSize: 30, from: new DateOnly(2026, 12, 1), to: new DateOnly(2026, 12, 31), timezone: "Europe/Paris"),
            "meetings-list.json");

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/me/meetings?type=upcoming_meetings&page_size=30&from=2026-12-01&to=2026-12-31&timezone=Europe%2FParis"));
        Assert.That(page.Meetings, Has.Count.EqualTo(2));
        Assert.That(page.Meetings![0].Id, Is.EqualTo(85746065432L));
        Assert.That(page.Meetings[0].Type, Is.EqualTo(MeetingType.Scheduled));
        Assert.That((int)page.Meetings[1].Type, Is.EqualTo(99), "a type Zoom adds later is kept, not an error");
    }

    [Test]
    public async Task ListUpcomingMeetings_ReadsMeetings()
    {
        var (request, list) = await SendAsync(h => Meetings(h).ListUpcomingMeetingsAsync("u1"), "upcoming-meetings.json");
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/u1/upcoming_meetings"));
        Assert.That(list.Meetings![0].StartTime, Is.EqualTo(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task CreateMeeting_Recurring_SendsLocalStartWithoutZAndReadsDetails()
    {
        var body = new MeetingCreateRequest
        {
            Topic = "Design review",
            Type = MeetingType.RecurringFixedTime,
            StartTime = new DateTime(2026, 10, 27, 9, 0, 0, DateTimeKind.Unspecified),
            Duration = 45,
            Timezone = "Europe/Paris",
            Password = "p@ss01",
            Recurrence = new MeetingRecurrence { Type = RecurrenceType.Weekly, RepeatInterval = 1, WeeklyDays = ZoomWeekdays.Format([DayOfWeek.Monday, DayOfWeek.Wednesday]), EndTimes = 4 },
            Settings = new MeetingSettings { AlternativeHosts = "jchill@example.com", GlobalDialInCountries = ["US", "DE"], WaitingRoom = true, Audio = MeetingAudio.Telephony },
        };

        var (request, meeting) = await SendAsync(h => Meetings(h).CreateMeetingAsync("me", body), "meeting-recurring.json", HttpStatusCode.Created);

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/me/meetings"));
        Assert.That(request.TopLevelNames, Is.EquivalentTo(new[] { "topic", "type", "start_time", "duration", "timezone", "password", "recurrence", "settings" }));
        Assert.That(request.Json.GetProperty("start_time").GetString(), Is.EqualTo("2026-10-27T09:00:00"));
        Assert.That(request.Json.GetProperty("type").GetInt32(), Is.EqualTo(8));
        var recurrence = request.Json.GetProperty("recurrence");
        Assert.That(recurrence.GetProperty("type").GetInt32(), Is.EqualTo(2));
        Assert.That(recurrence.GetProperty("weekly_days").GetString(), Is.EqualTo("2,4"));
        var settings = request.Json.GetProperty("settings");
        Assert.That(settings.GetProperty("alternative_hosts").GetString(), Is.EqualTo("jchill@example.com"));
        Assert.That(settings.GetProperty("audio").GetString(), Is.EqualTo("telephony"));
        Assert.That(settings.GetProperty("global_dial_in_countries")[1].GetString(), Is.EqualTo("DE"));

        Assert.That(meeting.Id, Is.EqualTo(97763643886L));
        Assert.That(meeting.Type, Is.EqualTo(MeetingType.RecurringFixedTime));
        Assert.That(meeting.Status, Is.EqualTo(MeetingStatus.Waiting));
        Assert.That(meeting.Recurrence!.Type, Is.EqualTo(RecurrenceType.Weekly));
        Assert.That(ZoomWeekdays.Parse(meeting.Recurrence.WeeklyDays), Is.EqualTo(new[] { DayOfWeek.Monday, DayOfWeek.Wednesday }));
        Assert.That(meeting.Occurrences, Has.Count.EqualTo(2));
        Assert.That(meeting.Occurrences![1].Status, Is.EqualTo(OccurrenceStatus.Deleted));
        Assert.That(meeting.Settings!.GlobalDialInNumbers![1].Type, Is.EqualTo(DialInNumberType.TollFree));
        Assert.That(meeting.Settings.GlobalDialInNumbers[0].Number, Is.EqualTo("+1 1000200200"));
        Assert.That(meeting.Settings.AdditionalProperties, Does.ContainKey("a_setting_zoom_added_later"));
        Assert.That(meeting.CreationSource, Is.EqualTo(CreationSource.OpenApi));
        Assert.That(meeting.ToString(), Does.Not.Contain("zak=").And.Not.Contain("p@ss01"));
    }

    [Test]
    public async Task GetMeeting_WithOccurrence_SendsQuery()
    {
        var (request, meeting) = await SendAsync(h => Meetings(h).GetMeetingAsync(97763643886, occurrenceId: "1761548400000", showPreviousOccurrences: true), "meeting-recurring.json");
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/97763643886?occurrence_id=1761548400000&show_previous_occurrences=true"));
        Assert.That(meeting.StartUrl, Does.StartWith("https://example.zoom.us/s/"));
    }

    [Test]
    public async Task UpdateMeeting_SendsPatch()
    {
        var request = await SendAsync(h => Meetings(h).UpdateMeetingAsync(97763643886, new MeetingUpdateRequest { Topic = "New", Duration = 30 }, occurrenceId: "1761548400000"));
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Patch));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/97763643886?occurrence_id=1761548400000"));
        Assert.That(request.TopLevelNames, Is.EquivalentTo(new[] { "topic", "duration" }));
    }

    [Test]
    public async Task DeleteMeeting_SendsReminderFlags()
    {
        var request = await SendAsync(h => Meetings(h).DeleteMeetingAsync(97763643886, scheduleForReminder: true, cancelMeetingReminder: false));
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Delete));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/97763643886?schedule_for_reminder=true&cancel_meeting_reminder=false"));
    }

    [Test]
    public async Task UpdateMeetingStatus_SendsAction()
    {
        var request = await SendAsync(h => Meetings(h).UpdateMeetingStatusAsync(97763643886, MeetingStatusRequest.Recover));
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Put));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/97763643886/status"));
        Assert.That(request.Body, Is.EqualTo("{\"action\":\"recover\"}"));
    }

    [Test]
    public async Task GetMeetingInvitation_ReadsText()
    {
        var (request, invitation) = await SendAsync(h => Meetings(h).GetMeetingInvitationAsync(97763643886), "invitation.json");
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/97763643886/invitation"));
        Assert.That(invitation.Invitation, Does.Contain("Meeting ID: 977 6364 3886"));
        Assert.That(invitation.ToString(), Does.Not.Contain("p@ss01"));
    }

    [TestCase("/ajXp112QmuoKj4854875==", "/v2/past_meetings/%252FajXp112QmuoKj4854875%253D%253D")]
    [TestCase("ab//cd==", "/v2/past_meetings/ab%252F%252Fcd%253D%253D")]
    [TestCase("aDYlohsHRtCd4ii1uC2+hA==", "/v2/past_meetings/aDYlohsHRtCd4ii1uC2%2BhA%3D%3D")]
    public async Task GetPastMeeting_ByUuid_DoubleEncodesOnlyWhenZoomRequires(string uuid, string expectedPath)
    {
        var (request, details) = await SendAsync(h => Meetings(h).GetPastMeetingAsync(uuid), "past-meeting.json");
        Assert.That(request.PathAndQuery, Is.EqualTo(expectedPath));
        Assert.That(details.EndTime, Is.EqualTo(new DateTimeOffset(2026, 10, 27, 8, 44, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task GetPastMeeting_ById_UsesNumber()
    {
        var (request, _) = await SendAsync(h => Meetings(h).GetPastMeetingAsync(97763643886), "past-meeting.json");
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/past_meetings/97763643886"));
    }

    [Test]
    public async Task ListPastMeetingInstances_ReadsUuids()
    {
        var (request, list) = await SendAsync(h => Meetings(h).ListPastMeetingInstancesAsync(97763643886), "past-instances.json");
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/past_meetings/97763643886/instances"));
        Assert.That(list.Meetings![1].Uuid, Is.EqualTo("/ajXp112QmuoKj4854875=="));
    }

    [Test]
    public async Task ListPastMeetingParticipants_SendsPaging()
    {
        var (request, list) = await SendAsync(h => Meetings(h).ListPastMeetingParticipantsAsync(97763643886, pageSize: 300, nextPageToken: "t"), "participants.json");
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/past_meetings/97763643886/participants?page_size=300&next_page_token=t"));
        Assert.That(list.Participants![0].Duration, Is.EqualTo(2640));
    }

    [Test]
    public async Task ListMeetingRegistrants_SendsFilters()
    {
        var (request, list) = await SendAsync(h => Meetings(h).ListMeetingRegistrantsAsync(97763643886, status: "pending", pageSize: 10), "registrants.json");
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/97763643886/registrants?status=pending&page_size=10"));
        Assert.That(list.Registrants![0].CustomQuestions![0].Value, Is.EqualTo("Everything"));
        Assert.That(list.Registrants[0].ParticipantPinCode, Is.EqualTo("380303"), "Zoom sends the PIN as a number");
    }

    [Test]
    public async Task CreateMeetingRegistrant_SendsBody()
    {
        var (request, created) = await SendAsync(
            h => Meetings(h).CreateMeetingRegistrantAsync(97763643886, new MeetingRegistrant { Email = "a@example.com", FirstName = "A" }, occurrenceIds: "1761548400000"),
            "registrant-created.json",
            HttpStatusCode.Created);
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/97763643886/registrants?occurrence_ids=1761548400000"));
        Assert.That(request.TopLevelNames, Is.EquivalentTo(new[] { "email", "first_name" }));
        Assert.That(created.RegistrantId, Is.EqualTo("fdgsfh2ey82fuh"));
    }
}
