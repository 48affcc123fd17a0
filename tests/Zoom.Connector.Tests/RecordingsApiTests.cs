using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests;

public sealed class RecordingsApiTests : ApiTestBase
{
    private static IZoomRecordingsApi Recordings(ZoomTestHost host) => host.Get<IZoomRecordingsApi>();

    [Test]
    public async Task ListRecordings_SendsWindowAndReadsFilesWithoutIds()
    {
        var (request, list) = await SendAsync(
            h => Recordings(h).ListRecordingsAsync("me", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), pageSize: 300, meetingId: 97763643886),
            "recordings-list.json");

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/me/recordings?from=2026-10-01&to=2026-10-31&page_size=300&meeting_id=97763643886"));
        var meeting = list.Meetings![0];
        Assert.That(meeting.Type, Is.EqualTo(MeetingType.RecurringFixedTime), "Zoom sends the type as a string here");
        Assert.That(meeting.RecordingFiles, Has.Count.EqualTo(3));
        var cc = meeting.RecordingFiles![1];
        Assert.That(cc.FileType, Is.EqualTo("CC"));
        Assert.That(cc.Id, Is.Null);
        Assert.That(cc.FileSize, Is.Null);
        Assert.That(cc.Status, Is.Null);
        Assert.That(meeting.RecordingFiles[0].FileSize, Is.EqualTo(781924));
        Assert.That(meeting.ToString(), Does.Not.Contain("yNYIS408EJ"));
    }

    [Test]
    public async Task ListRecordings_Trash_SendsTrashFlags()
    {
        var (request, _) = await SendAsync(h => Recordings(h).ListRecordingsAsync("u1", trash: true, trashType: "recording_file"), "recordings-list.json");
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/u1/recordings?trash=true&trash_type=recording_file"));
    }

    [Test]
    public async Task GetMeetingRecordings_ByUuid_DoubleEncodes()
    {
        var (request, recording) = await SendAsync(
            h => Recordings(h).GetMeetingRecordingsAsync("/ajXp112QmuoKj4854875==", includeFields: "download_access_token", ttl: 3600),
            "recording.json");
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/%252FajXp112QmuoKj4854875%253D%253D/recordings?include_fields=download_access_token&ttl=3600"));
        Assert.That(recording.ParticipantAudioFiles![0].FileName, Is.EqualTo("Jill Chill"));
        Assert.That(recording.ToString(), Does.Not.Contain("eyJ0eXAi"));
    }

    [Test]
    public async Task DeleteMeetingRecordings_SendsAction()
    {
        var request = await SendAsync(h => Recordings(h).DeleteMeetingRecordingsAsync(97763643886, RecordingDeleteAction.Delete));
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Delete));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/97763643886/recordings?action=delete"));
    }

    [Test]
    public async Task DeleteRecordingFile_DefaultsToZoomsTrash()
    {
        var request = await SendAsync(h => Recordings(h).DeleteRecordingFileAsync(97763643886, "ed6c2f27"));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/97763643886/recordings/ed6c2f27"));
    }

    [Test]
    public async Task RecoverMeetingRecordings_SendsRecover()
    {
        var request = await SendAsync(h => Recordings(h).RecoverMeetingRecordingsAsync("aDYlohsHRtCd4ii1uC2+hA==", RecordingStatusRequest.Recover));
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Put));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/aDYlohsHRtCd4ii1uC2%2BhA%3D%3D/recordings/status"));
        Assert.That(request.Body, Is.EqualTo("{\"action\":\"recover\"}"));
    }

    [Test]
    public async Task RecoverRecordingFile_SendsRecover()
    {
        var request = await SendAsync(h => Recordings(h).RecoverRecordingFileAsync(97763643886, "ed6c2f27", RecordingStatusRequest.Recover));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/97763643886/recordings/ed6c2f27/status"));
    }

    [Test]
    public async Task GetRecordingSettings_ReadsSettings()
    {
        var (request, settings) = await SendAsync(h => Recordings(h).GetRecordingSettingsAsync(97763643886), "recording-settings.json");
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/meetings/97763643886/recordings/settings"));
        Assert.That(settings.ApprovalType, Is.EqualTo(ApprovalType.Manual));
        Assert.That(settings.ToString(), Does.Not.Contain("ABCD123"));
    }
}
