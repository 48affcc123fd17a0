using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Downloads;
using Zoom.Connector.Http;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Security;

/// <summary>
/// Recording downloads: the response is released whatever fails after the headers, error bodies are read bounded, and
/// a stalled server fails the read after <c>Zoom:Downloads:IdleTimeout</c> of silence (driven by a fake clock: no test
/// waits real time, and each guard token only turns a regression into a failure instead of a hang).
/// </summary>
public sealed class DownloadHardeningTests
{
    private const string DownloadUrl = "https://us06web.zoom.us/rec/download/Stall9xQ";

    private static ZoomTestHost Create(FakeTimeProvider time, Action<ZoomRecordingDownloadOptions>? downloads = null)
        => ZoomTestHost.Create(o => downloads?.Invoke(o.Downloads), services => services.AddSingleton<TimeProvider>(time));

    [Test]
    [CancelAfter(30_000)]
    public async Task Content_ServerStallsMidBody_FailsAfterIdleTimeoutNamingTheKey(CancellationToken guard)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = Create(time);
        var body = new StallingBody("first bytes"u8.ToArray());
        host.Mock.When(DownloadUrl).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });
        await using var download = await host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri(DownloadUrl), guard);

        var copy = download.CopyToAsync(Stream.Null, guard);
        await body.Waiting.Task.WaitAsync(guard);
        time.Advance(TimeSpan.FromSeconds(29));
        await Task.Yield();
        Assert.That(copy.IsCompleted, Is.False, "29 s of silence is within the default 30 s");
        time.Advance(TimeSpan.FromSeconds(1));

        var error = Assert.ThrowsAsync<TimeoutException>(() => copy.WaitAsync(guard));
        Assert.That(error!.Message, Does.Contain("Zoom:Downloads:IdleTimeout").And.Not.Contain("Stall9xQ"));
        await body.ReadCancelled.Task.WaitAsync(guard);   // the stalled read is torn down, not left hanging
        Assert.ThrowsAsync<TimeoutException>(async () => await download.Content.ReadExactlyAsync(new byte[16], guard), "a stalled stream stays failed");
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Content_SlowConsumer_NeverTripsTheIdleTimeout(CancellationToken guard)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = Create(time, o => o.IdleTimeout = TimeSpan.FromSeconds(5));
        var pipe = new System.IO.Pipelines.Pipe();
        host.Mock.When(DownloadUrl).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(pipe.Reader.AsStream()) });
        await using var download = await host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri(DownloadUrl), guard);
        await pipe.Writer.WriteAsync("part one|"u8.ToArray(), guard);
        var buffer = new byte[64];

        var first = await download.Content.ReadAsync(buffer, guard);
        time.Advance(TimeSpan.FromHours(1));                 // the caller is slow; no read is waiting meanwhile
        await pipe.Writer.WriteAsync("part two"u8.ToArray(), guard);
        await pipe.Writer.CompleteAsync();
        var second = await download.Content.ReadAsync(buffer.AsMemory(first), guard);

        Assert.That(System.Text.Encoding.ASCII.GetString(buffer, 0, first + second), Is.EqualTo("part one|part two"));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task OpenAsync_HeadersNeverArrive_FailsAfterIdleTimeout(CancellationToken guard)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = Create(time, o => o.IdleTimeout = TimeSpan.FromSeconds(10));
        var server = new SilentServer();
        host.Mock.When(DownloadUrl).Respond(server);

        var open = host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri(DownloadUrl), guard);
        await server.Waiting.Task.WaitAsync(guard);
        time.Advance(TimeSpan.FromSeconds(10));

        var error = Assert.ThrowsAsync<TimeoutException>(() => open.WaitAsync(guard));
        Assert.That(error!.Message, Does.Contain("Zoom:Downloads:IdleTimeout"));
    }

    [Test]
    public void OpenAsync_ReadingTheBodyThrows_DisposesTheResponse()
    {
        using var host = ZoomTestHost.Create();
        var content = new UnreadableContent();
        host.Mock.When(DownloadUrl).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = content });

        Assert.ThrowsAsync<IOException>(() => host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri(DownloadUrl)));

        Assert.That(content.Disposed, Is.True, "the connection must be released when the caller never got a download to dispose");
    }

    [Test]
    public void OpenAsync_ErrorWithHugeBody_ReadsAtMost64KiB()
    {
        using var host = ZoomTestHost.Create();
        var body = new CountingBody(8 * 1024 * 1024);
        host.Mock.When(DownloadUrl).Respond(_ => body.Answer(HttpStatusCode.InternalServerError));

        var error = Assert.ThrowsAsync<ZoomApiException>(() => host.Get<IZoomRecordingDownloader>().OpenAsync(new Uri(DownloadUrl)));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(body.BytesRead, Is.LessThanOrEqualTo((64 * 1024) + (16 * 1024)));
    }

    [TestCase("00:00:00")]
    [TestCase("00:00:00.500")]
    [TestCase("01:00:01")]
    public void AddZoomConnector_IdleTimeoutOutOfRange_FailsNamingTheKey(string value)
    {
        var services = new ServiceCollection();
        services.AddZoomConnector(o => o.Service.AccessToken = "t").AddRecordingDownloads(o => o.IdleTimeout = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<ZoomRecordingDownloadOptions>>().Value);

        Assert.That(error!.Message, Does.Contain("Zoom:Downloads:IdleTimeout"));
    }

    [Test]
    public void IdleTimeout_Default_Is30Seconds()
        => Assert.That(new ZoomRecordingDownloadOptions().IdleTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));

    /// <summary>Accepts the request and never answers until the request is cancelled.</summary>
    private sealed class SilentServer : HttpMessageHandler
    {
        public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Waiting.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
