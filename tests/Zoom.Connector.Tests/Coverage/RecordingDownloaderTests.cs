using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Downloads;
using Zoom.Connector.Http;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Coverage;

public sealed class RecordingDownloaderTests
{
    private const string DownloadUrl = "https://us06web.zoom.us/rec/download/Qv7kLm2PzN0aB4cD";
    private static readonly byte[] Mp4 = Encoding.ASCII.GetBytes("....ftypmp42 fake recording bytes");

    /// <summary>What each hop received: URL and Authorization header.</summary>
    private sealed class Hops
    {
        public List<(string Url, string? Authorization)> Seen { get; } = [];

        public void Redirect(MockHttpMessageHandler mock, string from, string to, HttpStatusCode status = HttpStatusCode.Found)
            => mock.When(from).Respond(request =>
            {
                Seen.Add((request.RequestUri!.ToString(), request.Headers.Authorization?.ToString()));
                var response = new HttpResponseMessage(status);
                response.Headers.Location = new Uri(to, UriKind.RelativeOrAbsolute);
                return response;
            });

        public void File(MockHttpMessageHandler mock, string url)
            => mock.When(url).Respond(request =>
            {
                Seen.Add((request.RequestUri!.ToString(), request.Headers.Authorization?.ToString()));
                var content = new ByteArrayContent(Mp4);
                content.Headers.ContentType = new("video/mp4");
                content.Headers.ContentDisposition = new("attachment") { FileName = "\"standup.mp4\"" };
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
            });
    }

    private static async Task<byte[]> ReadAllAsync(ZoomRecordingDownload download)
    {
        using var buffer = new MemoryStream();
        await download.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    [Test]
    public async Task OpenAsync_RedirectWithinZoom_SendsServiceTokenToEveryHopAndStreamsFile()
    {
        using var host = ZoomTestHost.Create();
        var hops = new Hops();
        hops.Redirect(host.Mock, DownloadUrl, "https://ssrweb.zoom.us/file/standup.mp4?sig=abc");
        hops.File(host.Mock, "https://ssrweb.zoom.us/file/standup.mp4?sig=abc");

        await using var download = await host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri(DownloadUrl));

        Assert.That(await ReadAllAsync(download), Is.EqualTo(Mp4));
        Assert.That(hops.Seen.Select(h => h.Authorization), Is.All.EqualTo("Bearer " + ZoomTestHost.AccessToken));
        Assert.That(download.Redirects, Is.EqualTo(1));
        Assert.That(download.FinalUri.Host, Is.EqualTo("ssrweb.zoom.us"));
        Assert.That(download.FileName, Is.EqualTo("standup.mp4"));
        Assert.That(download.ContentType!.MediaType, Is.EqualTo("video/mp4"));
        Assert.That(download.ToString(), Does.Not.Contain("sig=abc"));
    }

    [Test]
    public async Task OpenAsync_RedirectLeavesZoom_StripsTokenForThatHopAndEveryLaterHop()
    {
        using var host = ZoomTestHost.Create();
        var hops = new Hops();
        hops.Redirect(host.Mock, DownloadUrl, "https://files.example-cdn.net/blob/1?sig=xyz");
        hops.Redirect(host.Mock, "https://files.example-cdn.net/blob/1?sig=xyz", "https://zoom.us/rec/final/standup.mp4", HttpStatusCode.TemporaryRedirect);
        hops.File(host.Mock, "https://zoom.us/rec/final/standup.mp4");

        await using var download = await host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri(DownloadUrl));

        Assert.That(await ReadAllAsync(download), Is.EqualTo(Mp4));
        Assert.That(hops.Seen, Has.Count.EqualTo(3));
        Assert.That(hops.Seen[0].Authorization, Is.EqualTo("Bearer " + ZoomTestHost.AccessToken));
        Assert.That(hops.Seen[1].Authorization, Is.Null, "the token must not reach a host outside Zoom");
        Assert.That(hops.Seen[2].Authorization, Is.Null, "once the chain left Zoom, the token is not sent again");
    }

    [Test]
    public async Task OpenAsync_LookalikeHostAndHttpDowngrade_GetNoToken()
    {
        using var host = ZoomTestHost.Create();
        var hops = new Hops();
        hops.Redirect(host.Mock, "https://zoom.us/rec/download/a", "https://evilzoom.us/steal");
        hops.File(host.Mock, "https://evilzoom.us/steal");
        hops.Redirect(host.Mock, "https://zoom.us/rec/download/b", "http://us02web.zoom.us/plain");
        hops.File(host.Mock, "http://us02web.zoom.us/plain");
        var downloader = host.Get<IZoomRecordingDownloader>();

        await using (await downloader.OpenAsync(new Uri("https://zoom.us/rec/download/a")))
        {
        }

        await using (await downloader.OpenAsync(new Uri("https://zoom.us/rec/download/b")))
        {
        }

        Assert.That(hops.Seen.Select(h => h.Authorization), Is.EqualTo(new[]
        {
            "Bearer " + ZoomTestHost.AccessToken, null, "Bearer " + ZoomTestHost.AccessToken, null,
        }));
    }

    [Test]
    public async Task OpenAsync_ExplicitDownloadTokenAndConfiguredHost_SendsThatToken()
    {
        using var host = ZoomTestHost.Create(o => o.Downloads.TrustedHosts.Add("zoomgov.com"));
        var hops = new Hops();
        hops.Redirect(host.Mock, "https://zoomgov.com/rec/download/g", "https://files.zoomgov.com/g.mp4", HttpStatusCode.SeeOther);
        hops.File(host.Mock, "https://files.zoomgov.com/g.mp4");

        await using var download = await host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri("https://zoomgov.com/rec/download/g"), "webhook-download-token-1");

        Assert.That(hops.Seen.Select(h => h.Authorization), Is.All.EqualTo("Bearer webhook-download-token-1"));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task OpenAsync_BodyStillArriving_ReturnsAfterHeadersAndStreams(CancellationToken cancellationToken)
    {
        // The body is written only after OpenAsync returned: a downloader that buffered the whole file would never
        // return (and the guard token would cancel it).
        using var host = ZoomTestHost.Create();
        var pipe = new System.IO.Pipelines.Pipe();
        host.Mock.When(DownloadUrl).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(pipe.Reader.AsStream()) });

        await using var download = await host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri(DownloadUrl), cancellationToken);
        await pipe.Writer.WriteAsync(Mp4, cancellationToken);
        await pipe.Writer.CompleteAsync();

        using var buffer = new MemoryStream();
        await download.CopyToAsync(buffer, cancellationToken);
        Assert.That(buffer.ToArray(), Is.EqualTo(Mp4));
    }

    [Test]
    public void OpenAsync_RedirectLoop_ThrowsAfterMaxRedirects()
    {
        using var host = ZoomTestHost.Create(o => o.Downloads.MaxRedirects = 2);
        var hops = new Hops();
        hops.Redirect(host.Mock, "https://zoom.us/loop/a", "https://zoom.us/loop/b");
        hops.Redirect(host.Mock, "https://zoom.us/loop/b", "/loop/a");

        var error = Assert.ThrowsAsync<HttpRequestException>(() => host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri("https://zoom.us/loop/a")));

        Assert.That(error!.Message, Does.Contain("MaxRedirects"));
        Assert.That(hops.Seen, Has.Count.EqualTo(3), "the first request and two redirects");
    }

    [Test]
    public void OpenAsync_NotFound_ThrowsZoomApiException()
    {
        using var host = ZoomTestHost.Create();
        host.Mock.When("https://zoom.us/rec/download/gone").Respond(HttpStatusCode.NotFound, "application/json", """{"code":3301,"message":"This recording does not exist."}""");

        var error = Assert.ThrowsAsync<ZoomApiException>(() => host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri("https://zoom.us/rec/download/gone")));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(error.ZoomCode, Is.EqualTo(3301));
    }

    [Test]
    public async Task OpenAsync_Unauthorized_RenewsTokenOnceAndRestarts()
    {
        using var host = ZoomTestHost.Create();
        var calls = 0;
        host.Mock.When(DownloadUrl).Respond(_ => ++calls == 1
            ? new HttpResponseMessage(HttpStatusCode.Unauthorized)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Mp4) });

        await using var download = await host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri(DownloadUrl));

        Assert.That(calls, Is.EqualTo(2));
        Assert.That(await ReadAllAsync(download), Is.EqualTo(Mp4));
    }

    [Test]
    public async Task OpenAsync_RecordingFile_UsesItsDownloadUrl()
    {
        using var host = ZoomTestHost.Create();
        var hops = new Hops();
        hops.File(host.Mock, DownloadUrl);
        var file = new Zoom.Connector.Models.RecordingFile { Id = "f1", FileType = "MP4", DownloadUrl = DownloadUrl };

        await using var download = await host.Get<IZoomRecordingDownloader>().OpenAsync(file, "dl-token-7");

        Assert.That(hops.Seen.Single().Authorization, Is.EqualTo("Bearer dl-token-7"));
    }

    [Test]
    public void OpenAsync_OnPremFileWithoutDownloadUrl_ThrowsNamingFilePath()
    {
        using var host = ZoomTestHost.Create();
        var file = new Zoom.Connector.Models.RecordingFile { Id = "f2", FilePath = "/recordings/f2.mp4" };

        var error = Assert.ThrowsAsync<ArgumentException>(() => host.Get<IZoomRecordingDownloader>().OpenAsync(file));

        Assert.That(error!.Message, Does.Contain("download_url").And.Contain("file_path"));
        Assert.That(error.ParamName, Is.EqualTo("file"));
    }

    [Test]
    public void OpenAsync_RelativeUrl_ThrowsNamingTheArgument()
    {
        using var host = ZoomTestHost.Create();
        var error = Assert.ThrowsAsync<ArgumentException>(() => host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri("/rec/download/x", UriKind.Relative)));
        Assert.That(error!.ParamName, Is.EqualTo("downloadUrl"));
    }

    [Test]
    public void DownloadClient_DefaultPrimaryHandler_DoesNotFollowRedirects()
    {
        var services = new ServiceCollection();
        services.AddZoomConnector(o => o.Service.AccessToken = "t");
        using var provider = services.BuildServiceProvider();

        HttpMessageHandler? handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(ZoomHttpClientNames.Downloads);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler;
        }

        Assert.That(handler, Is.TypeOf<SocketsHttpHandler>());
        Assert.That(((SocketsHttpHandler)handler!).AllowAutoRedirect, Is.False);
    }

    [Test]
    public void AddZoomConnector_BadDownloadOptions_FailsNamingTheKeys()
    {
        var services = new ServiceCollection();
        services.AddZoomConnector(o => o.Service.AccessToken = "t")
            .AddRecordingDownloads(o =>
            {
                o.MaxRedirects = 50;
                o.TrustedHosts.Clear();
            });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => _ = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ZoomRecordingDownloadOptions>>().Value);

        Assert.That(error!.Message, Does.Contain("Zoom:Downloads:MaxRedirects").And.Contain("Zoom:Downloads:TrustedHosts"));
    }
}
