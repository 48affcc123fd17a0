using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Downloads;
using Zoom.Connector.Http;
using Zoom.Connector.Models;

namespace Zoom.Connector.Testing.Tests;

[TestFixture]
public sealed class DownloadsTests
{
    private EmulatorHost _host = null!;

    [SetUp]
    public void SetUp() => _host = EmulatorHost.Create();

    [TearDown]
    public void TearDown() => _host.Dispose();

    private RecordingMeeting AdminRecording() => _host.Emulator.Recordings.First(r => r.HostId == _host.Emulator.AdminUserId);

    private static RecordingFile FileOf(RecordingMeeting recording, string type) => recording.RecordingFiles!.Single(f => f.FileType == type);

    [Test]
    public async Task Downloader_Transcript_FollowsZoomRedirectWithTokenAndReadsStatedSize()
    {
        var file = FileOf(AdminRecording(), "TRANSCRIPT");

        await using var download = await _host.Services.GetRequiredService<IZoomRecordingDownloader>().OpenAsync(new Uri(file.DownloadUrl!));
        using var buffer = new MemoryStream();
        await download.CopyToAsync(buffer);

        Assert.That(download.Redirects, Is.EqualTo(1));
        Assert.That(download.FinalUri.Host, Is.EqualTo("ssrweb.zoom.us"));
        Assert.That(download.ContentType?.MediaType, Is.EqualTo("text/vtt"));
        Assert.That(buffer.Length, Is.EqualTo(file.FileSize));
        Assert.That(download.ContentLength, Is.EqualTo(file.FileSize));
    }

    [Test]
    public async Task Downloader_Video_StatesItsSizeWithoutReadingIt()
    {
        var file = FileOf(AdminRecording(), "MP4");

        await using var download = await _host.Services.GetRequiredService<IZoomRecordingDownloader>().OpenAsync(new Uri(file.DownloadUrl!));

        Assert.That(download.ContentLength, Is.EqualTo(file.FileSize).And.GreaterThan(1_000_000));
        Assert.That(download.ContentType?.MediaType, Is.EqualTo("video/mp4"));
    }

    [Test]
    public async Task Download_EitherHopWithoutToken_Answers401()
    {
        var url = new Uri(FileOf(AdminRecording(), "TRANSCRIPT").DownloadUrl!);
        using var anonymous = _host.Raw(anonymous: true);
        using var authorized = _host.Raw();

        var first = await anonymous.GetAsync(url);
        var redirect = await authorized.GetAsync(url);
        var second = await anonymous.GetAsync(redirect.Headers.Location);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(redirect.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Download_OtherUsersToken_Answers401()
    {
        var url = new Uri(FileOf(AdminRecording(), "TRANSCRIPT").DownloadUrl!);
        var other = _host.Emulator.IssueAccessToken(_host.Emulator.Users[1].Id!);
        using var client = _host.Raw(other);

        var response = await client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Downloader_DownloadAccessToken_OpensTheFile()
    {
        var recording = AdminRecording();
        var withToken = await _host.Recordings.GetMeetingRecordingsAsync(recording.Uuid!, includeFields: "download_access_token");
        var file = FileOf(withToken, "TRANSCRIPT");

        await using var download = await _host.Services.GetRequiredService<IZoomRecordingDownloader>().OpenAsync(new Uri(file.DownloadUrl!), withToken.DownloadAccessToken!);

        Assert.That(download.ContentLength, Is.EqualTo(file.FileSize));
    }

    [Test]
    public async Task Download_TrashedFile_Answers404WithZoomCode()
    {
        var recording = AdminRecording();
        var file = FileOf(recording, "TRANSCRIPT");
        await _host.Recordings.DeleteMeetingRecordingsAsync(recording.Uuid!);

        var error = Assert.ThrowsAsync<ZoomApiException>(() => _host.Services.GetRequiredService<IZoomRecordingDownloader>().OpenAsync(new Uri(file.DownloadUrl!)))!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(error.ZoomCode, Is.EqualTo(3301));
    }

    [Test]
    public async Task Download_QueryAccessToken_AcceptedLikeZoom()
    {
        var url = FileOf(AdminRecording(), "TRANSCRIPT").DownloadUrl!;
        using var client = _host.Raw(anonymous: true);

        var response = await client.GetAsync(url + "?access_token=" + Uri.EscapeDataString(_host.Emulator.AdminAccessToken));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(_host.Emulator.Requests[^1].PathAndQuery, Does.EndWith("access_token=***"));
    }
}
