using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Testing;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.Emulator.Tests;

[TestFixture]
public sealed class WebhooksTests
{
    private const string Secret = "emulator-webhook-secret";

    /// <summary>Collects verified events; completes a task per awaited event name.</summary>
    private sealed class Inbox : IZoomWebhookHandler
    {
        private readonly TaskCompletionSource<ZoomWebhookEvent> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Awaited { get; set; } = "meeting.created";

        public Task<ZoomWebhookEvent> Received => _first.Task;

        public Task HandleAsync(ZoomWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
        {
            if (webhookEvent.Event == Awaited)
            {
                _first.TrySetResult(webhookEvent);
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>A host app receiving Zoom webhooks through MapZoomWebhooks on a free loopback port.</summary>
    private static async Task<(WebApplication App, Uri Url)> StartReceiverAsync(Inbox inbox)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddZoomConnector(_ => { }).AddWebhooks(o => o.SecretToken = Secret);
        builder.Services.AddSingleton<IZoomWebhookHandler>(inbox);
        var app = builder.Build();
        app.MapZoomWebhooks("/zoom/webhooks");
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        return (app, new Uri(address, "/zoom/webhooks"));
    }

    [Test]
    public async Task MeetingCreatedThroughApi_StandaloneServer_ReceiverVerifiesSignedEvent()
    {
        var inbox = new Inbox();
        var (receiver, url) = await StartReceiverAsync(inbox);
        await using var _ = receiver;
        await using var server = await RunningEmulatorServer.StartAsync("--webhook-url", url.ToString(), "--webhook-secret", Secret);
        await using var services = BothModesTests.ConnectorFor(server);

        var created = await services.GetRequiredService<IZoomMeetingsApi>().CreateMeetingAsync("me", new MeetingCreateRequest
        {
            Topic = "Announced",
            Type = MeetingType.Scheduled,
            StartTime = DateTime.UtcNow.Date.AddDays(2).AddHours(10),
            Duration = 30,
            Timezone = "UTC",
        });
        var received = await inbox.Received.WaitAsync(TimeSpan.FromSeconds(30));
        await server.Emulator.WhenWebhooksSentAsync();

        Assert.That(received.GetMeeting()!.Id, Is.EqualTo(created.Id));
        Assert.That(received.GetMeeting()!.Topic, Is.EqualTo("Announced"));
        Assert.That(received.AccountId, Is.EqualTo(server.Emulator.ServiceAccountId));
        Assert.That(received.PayloadObject!.Value.ToString(), Does.Not.Contain(created.Password!).And.Not.Contain("start_url"));
        Assert.That(server.Emulator.WebhookDeliveries.Single(d => d.Event == "meeting.created").StatusCode, Is.EqualTo(200));
    }

    /// <summary>Answers the first <c>failures</c> posts with 500, then 200; keeps every request body and header.</summary>
    private sealed class FlakyReceiver(int failures) : HttpMessageHandler
    {
        public List<(string Body, string? Timestamp, string? Signature)> Posts { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            lock (Posts)
            {
                Posts.Add((body, request.Headers.GetValues("x-zm-request-timestamp").Single(), request.Headers.GetValues("x-zm-signature").Single()));
                return new HttpResponseMessage(Posts.Count <= failures ? HttpStatusCode.InternalServerError : HttpStatusCode.OK);
            }
        }
    }

    private static (ServiceProvider Services, ZoomEmulator Emulator) InProcess(FlakyReceiver receiver, params TimeSpan[] retryDelays)
    {
        var services = new ServiceCollection();
        services.AddZoomConnector(_ => { }).UseZoomEmulator().AddWebhooks(o => o.SecretToken = Secret);
        var emulator = new ZoomEmulator(new ZoomEmulatorOptions
        {
            Webhooks = new ZoomEmulatorWebhookOptions { Url = new Uri("https://receiver.example.com/zoom/webhooks"), SecretToken = Secret, Handler = receiver, RetryDelays = retryDelays },
        });
        services.AddSingleton(emulator);
        var provider = services.BuildServiceProvider();
        return (provider, emulator);
    }

    [Test]
    public async Task Delivery_ReceiverFailsOnce_RetriedAndEverySignatureVerifies()
    {
        var receiver = new FlakyReceiver(failures: 1);
        var (services, emulator) = InProcess(receiver, TimeSpan.Zero, TimeSpan.Zero);
        await using var _ = services;
        var verifier = services.GetRequiredService<ZoomWebhookVerifier>();

        await services.GetRequiredService<IZoomUsersApi>().UpdateUserStatusAsync(emulator.Users[1].Id!, UserStatusRequest.Deactivate);
        await emulator.WhenWebhooksSentAsync();

        Assert.That(emulator.WebhookDeliveries.Select(d => (d.Event, d.Attempt, d.StatusCode)), Is.EqualTo(new[] { ("user.deactivated", 1, 500), ("user.deactivated", 2, 200) }));
        Assert.That(receiver.Posts.Select(p => verifier.Verify(System.Text.Encoding.UTF8.GetBytes(p.Body), p.Timestamp, p.Signature).IsValid), Is.All.True);
        Assert.That(receiver.Posts[0].Body, Does.Contain(emulator.Users[1].Id!));
    }

    [Test]
    public async Task Delivery_ReceiverKeepsFailing_GivesUpAfterTheRetries()
    {
        var receiver = new FlakyReceiver(failures: 10);
        var (services, emulator) = InProcess(receiver, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        await using var _ = services;

        await services.GetRequiredService<IZoomUsersApi>().UpdateUserAsync(emulator.Users[2].Id!, new UserUpdateRequest { FirstName = "Renamed" });
        await emulator.WhenWebhooksSentAsync();

        Assert.That(emulator.WebhookDeliveries.Select(d => d.Attempt), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(receiver.Posts[0].Body, Does.Contain("\"user.updated\"").And.Contain("\"first_name\":\"Renamed\"").And.Contain("old_object"));
    }

    [Test]
    public async Task MeetingLifecycle_ThroughApi_EmitsCreatedUpdatedDeletedAndRecordingCompleted()
    {
        var receiver = new FlakyReceiver(failures: 0);
        var (services, emulator) = InProcess(receiver);
        await using var _ = services;
        var meetings = services.GetRequiredService<IZoomMeetingsApi>();

        var created = await meetings.CreateMeetingAsync("me", new MeetingCreateRequest
        {
            Topic = "Recorded",
            Type = MeetingType.Scheduled,
            StartTime = DateTime.UtcNow.AddHours(1),
            Duration = 30,
            Timezone = "UTC",
            Settings = new MeetingSettings { AutoRecording = AutoRecording.Cloud },
        });
        await meetings.UpdateMeetingAsync(created.Id, new MeetingUpdateRequest { Topic = "Recorded (renamed)" });
        emulator.StartMeeting(created.Id);
        await meetings.UpdateMeetingStatusAsync(created.Id, MeetingStatusRequest.End);
        await meetings.DeleteMeetingAsync(created.Id);
        await emulator.WhenWebhooksSentAsync();

        Assert.That(emulator.WebhookDeliveries.Select(d => d.Event), Is.EquivalentTo(new[] { "meeting.created", "meeting.updated", "recording.completed", "meeting.deleted" }));
        var completed = receiver.Posts.Select(p => p.Body).Single(b => b.Contains("\"recording.completed\"", StringComparison.Ordinal));
        Assert.That(completed, Does.Contain("download_token").And.Contain("/rec/download/"));
    }
}
