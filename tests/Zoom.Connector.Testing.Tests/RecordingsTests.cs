using System.Net;
using NUnit.Framework;
using Zoom.Connector.Http;
using Zoom.Connector.Models;

namespace Zoom.Connector.Testing.Tests;

[TestFixture]
public sealed class RecordingsTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(EmulatorHost.Start.UtcDateTime);

    private EmulatorHost _host = null!;

    [SetUp]
    public void SetUp() => _host = EmulatorHost.Create();

    [TearDown]
    public void TearDown() => _host.Dispose();

    [Test]
    public async Task ListRecordings_LastMonth_ReturnsTheSeededRecordingsWithFiles()
    {
        var list = await _host.Recordings.ListRecordingsAsync("me", Today.AddMonths(-1), Today);
        var expected = _host.Emulator.Recordings.Where(r => r.HostId == _host.Emulator.AdminUserId && DateOnly.FromDateTime(r.StartTime!.Value.UtcDateTime) >= Today.AddMonths(-1)).ToList();

        Assert.That(list.Meetings!.Select(m => m.Uuid), Is.EquivalentTo(expected.Select(r => r.Uuid)));
        Assert.That(list.From, Is.EqualTo(Today.AddMonths(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(list.Meetings!, Is.Not.Empty);
        Assert.That(list.Meetings![0].RecordingFiles!.Select(f => f.FileType), Does.Contain("MP4").And.Contain("TIMELINE"));
        Assert.That(list.Meetings[0].RecordingFiles!.Single(f => f.FileType == "TIMELINE").Id, Is.Null);
    }

    [Test]
    public void ListRecordings_RangeLongerThanOneMonth_ThrowsCode300()
    {
        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Recordings.ListRecordingsAsync("me", Today.AddMonths(-2), Today));

        Assert.That(error!.ZoomCode, Is.EqualTo(300));
    }

    [Test]
    public void ListRecordings_TrashWithDates_ThrowsCode300()
    {
        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Recordings.ListRecordingsAsync("me", Today.AddDays(-7), Today, trash: true));

        Assert.That(error!.ZoomCode, Is.EqualTo(300));
    }

    [Test]
    public async Task GetMeetingRecordings_UuidStartingWithSlash_IsFoundWhenDoubleEncoded()
    {
        var uuid = _host.Emulator.Recordings.First(r => r.Uuid!.StartsWith('/')).Uuid!;

        var recording = await _host.Recordings.GetMeetingRecordingsAsync(MeetingIdOrUuid.FromUuid(uuid));

        Assert.That(recording.Uuid, Is.EqualTo(uuid));
        Assert.That(recording.RecordingCount, Is.EqualTo(recording.RecordingFiles!.Count));
    }

    [Test]
    public async Task GetMeetingRecordings_UuidWithSlashEncodedOnlyOnce_Returns3301()
    {
        var uuid = _host.Emulator.Recordings.First(r => r.Uuid!.StartsWith('/')).Uuid!;
        using var api = _host.Raw();

        using var response = await api.GetAsync($"meetings/{Uri.EscapeDataString(uuid)}/recordings");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((int?)(await EmulatorHost.ReadJsonAsync(response))["code"], Is.EqualTo(3301));
    }

    [Test]
    public async Task DeleteRecordings_ToTrash_ListedInTrashUntilRecovered()
    {
        var recording = _host.Emulator.Recordings.First(r => r.HostId == _host.Emulator.AdminUserId);
        await _host.Recordings.DeleteMeetingRecordingsAsync(MeetingIdOrUuid.FromUuid(recording.Uuid!));

        var trash = await _host.Recordings.ListRecordingsAsync("me", trash: true);
        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Recordings.GetMeetingRecordingsAsync(MeetingIdOrUuid.FromUuid(recording.Uuid!)));
        await _host.Recordings.RecoverMeetingRecordingsAsync(MeetingIdOrUuid.FromUuid(recording.Uuid!), RecordingStatusRequest.Recover);
        var recovered = await _host.Recordings.GetMeetingRecordingsAsync(MeetingIdOrUuid.FromUuid(recording.Uuid!));

        Assert.That(trash.Meetings!.Select(m => m.Uuid), Does.Contain(recording.Uuid));
        Assert.That(trash.Meetings!.First(m => m.Uuid == recording.Uuid).RecordingFiles, Has.All.Matches<RecordingFile>(f => f.DeletedTime is not null));
        Assert.That(error!.ZoomCode, Is.EqualTo(3301));
        Assert.That(recovered.RecordingFiles, Has.Count.EqualTo(recording.RecordingFiles!.Count));
    }

    [Test]
    public async Task DeleteRecordingFile_Permanently_RemovesOnlyThatFile()
    {
        var recording = _host.Emulator.Recordings.First(r => r.HostId == _host.Emulator.AdminUserId);
        var file = recording.RecordingFiles!.First(f => f.FileType == "M4A");

        await _host.Recordings.DeleteRecordingFileAsync(MeetingIdOrUuid.FromUuid(recording.Uuid!), file.Id!, RecordingDeleteAction.Delete);

        var after = await _host.Recordings.GetMeetingRecordingsAsync(MeetingIdOrUuid.FromUuid(recording.Uuid!));
        Assert.That(after.RecordingFiles!.Select(f => f.Id), Does.Not.Contain(file.Id));
        Assert.That(after.RecordingFiles, Has.Count.EqualTo(recording.RecordingFiles!.Count - 1));
    }

    [Test]
    public async Task GetMeetingRecordings_ByMeetingId_ReturnsTheLatestInstanceAndSettings()
    {
        var recording = _host.Emulator.Recordings.First(r => r.HostId == _host.Emulator.AdminUserId);

        var byId = await _host.Recordings.GetMeetingRecordingsAsync(recording.Id);
        var settings = await _host.Recordings.GetRecordingSettingsAsync(recording.Id);

        Assert.That(byId.Uuid, Is.EqualTo(recording.Uuid));
        Assert.That(settings.Topic, Is.EqualTo(recording.Topic));
        Assert.That(settings.ShareRecording, Is.EqualTo("publicly"));
    }

    [Test]
    public async Task AddRecording_Directly_AppearsInTheUsersList()
    {
        var meeting = _host.Emulator.Meetings.First(m => m.HostId == _host.Emulator.AdminUserId);
        var added = _host.Emulator.AddRecording(meeting.Id, EmulatorHost.Start.AddHours(-3), 40);

        var list = await _host.Recordings.ListRecordingsAsync("me", Today.AddDays(-1), Today);

        Assert.That(list.Meetings!.Select(m => m.Uuid), Does.Contain(added.Uuid));
    }

    [Test]
    public async Task RecoverRecordingFile_AfterTrashingIt_BringsBackOnlyThatFile()
    {
        var recording = _host.Emulator.Recordings.First(r => r.HostId == _host.Emulator.AdminUserId);
        var file = recording.RecordingFiles!.First(f => f.FileType == "MP4");
        await _host.Recordings.DeleteRecordingFileAsync(recording.Id, file.Id!);

        var trashed = await _host.Recordings.GetMeetingRecordingsAsync(recording.Id);
        await _host.Recordings.RecoverRecordingFileAsync(recording.Id, file.Id!, RecordingStatusRequest.Recover);
        var recovered = await _host.Recordings.GetMeetingRecordingsAsync(recording.Id);

        Assert.That(trashed.RecordingFiles!.Select(f => f.Id), Does.Not.Contain(file.Id));
        Assert.That(recovered.RecordingFiles!.Select(f => f.Id), Does.Contain(file.Id));
        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Recordings.RecoverRecordingFileAsync(recording.Id, file.Id!, RecordingStatusRequest.Recover));
        Assert.That(error!.ZoomCode, Is.EqualTo(3301));
    }
}
