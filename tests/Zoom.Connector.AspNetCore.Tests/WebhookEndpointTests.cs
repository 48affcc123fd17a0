using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.AspNetCore.Tests;

[TestFixture]
public sealed class WebhookEndpointTests
{
    private static readonly byte[] MeetingCreated = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "meeting-created.json"));

    private static Task<TestApp> StartAsync(Inbox inbox, Action<Webhooks.ZoomWebhookOptions>? configure = null)
        => TestApp.StartAsync(
            services =>
            {
                services.AddSingleton(inbox);
                TestApp.AddConnectorWithWebhooks(services).AddWebhookHandler<InboxHandler>();
                if (configure is not null)
                {
                    services.Configure(configure);
                }
            },
            app => app.MapZoomWebhooks("/zoom/webhooks"));

    [Test]
    public async Task MapZoomWebhooks_SignedEvent_Answers200AndDispatchesTypedEvent()
    {
        var inbox = new Inbox();
        await using var app = await StartAsync(inbox);

        using var response = await app.Client.SendAsync(app.SignedPost("/zoom/webhooks", MeetingCreated));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(inbox.Events.Select(e => e.Event), Is.EqualTo(new[] { "meeting.created" }));
        Assert.That(inbox.Events.Single().GetMeeting()!.Id, Is.EqualTo(93811122233L));
    }

    [Test]
    public async Task MapZoomWebhooks_BadSignature_Answers401AndDispatchesNothing()
    {
        var inbox = new Inbox();
        await using var app = await StartAsync(inbox);

        using var response = await app.Client.SendAsync(app.SignedPost("/zoom/webhooks", MeetingCreated, secret: "someone-elses-secret"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(text, Does.Contain("SignatureMismatch"));
        Assert.That(text, Does.Not.Contain(TestApp.Secret));
        Assert.That(inbox.Events, Is.Empty);
    }

    [Test]
    public async Task MapZoomWebhooks_UnsignedRequest_Answers401()
    {
        var inbox = new Inbox();
        await using var app = await StartAsync(inbox);

        using var response = await app.Client.PostAsync("/zoom/webhooks", new ByteArrayContent(MeetingCreated));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(inbox.Events, Is.Empty);
    }

    [Test]
    public async Task MapZoomWebhooks_StaleTimestamp_Answers401()
    {
        var inbox = new Inbox();
        await using var app = await StartAsync(inbox);

        using var response = await app.Client.SendAsync(app.SignedPost("/zoom/webhooks", MeetingCreated, at: TestApp.Start.AddMinutes(-6)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("StaleTimestamp"));
    }

    [Test]
    public async Task MapZoomWebhooks_UrlValidation_AnswersPlainAndEncryptedToken()
    {
        var inbox = new Inbox();
        await using var app = await StartAsync(inbox);
        var body = """{"event":"endpoint.url_validation","event_ts":1796212800000,"payload":{"plainToken":"Pt_9xYz"}}"""u8.ToArray();

        using var response = await app.Client.SendAsync(app.SignedPost("/zoom/webhooks", body));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
        Assert.That(json.RootElement.GetProperty("plainToken").GetString(), Is.EqualTo("Pt_9xYz"));
        Assert.That(json.RootElement.GetProperty("encryptedToken").GetString(),
            Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(TestApp.Secret), "Pt_9xYz"u8))));
        Assert.That(inbox.Events, Is.Empty);
    }

    [Test]
    public async Task MapZoomWebhooks_Redelivery_Answers200ButDispatchesOnce()
    {
        var inbox = new Inbox();
        await using var app = await StartAsync(inbox);

        using var first = await app.Client.SendAsync(app.SignedPost("/zoom/webhooks", MeetingCreated));
        app.Time.Advance(TimeSpan.FromMinutes(20));
        using var second = await app.Client.SendAsync(app.SignedPost("/zoom/webhooks", MeetingCreated));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(inbox.Events, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task MapZoomWebhooks_HandlerFails_Answers500SoZoomRetries()
    {
        var inbox = new Inbox { FailuresLeft = 1 };
        await using var app = await StartAsync(inbox);

        using var failed = await app.Client.SendAsync(app.SignedPost("/zoom/webhooks", MeetingCreated));
        using var retried = await app.Client.SendAsync(app.SignedPost("/zoom/webhooks", MeetingCreated));

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(inbox.Events, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task MapZoomWebhooks_RetryWhileFirstDeliveryStillRuns_Answers409()
    {
        var inbox = new Inbox { Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var app = await StartAsync(inbox);

        var first = app.Client.SendAsync(app.SignedPost("/zoom/webhooks", MeetingCreated));
        await inbox.Entered.Task;
        using var retry = await app.Client.SendAsync(app.SignedPost("/zoom/webhooks", MeetingCreated));
        inbox.Hold.SetResult();
        using var firstResponse = await first;

        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await retry.Content.ReadAsStringAsync(), Does.Contain("still being handled"));
        Assert.That(firstResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(inbox.Events, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task MapZoomWebhooks_Get_IsNotAnEndpoint()
    {
        var inbox = new Inbox();
        await using var app = await StartAsync(inbox);

        using var response = await app.Client.GetAsync("/zoom/webhooks");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public async Task MapZoomWebhooks_BodyOverLimit_Answers413WithoutDispatching()
    {
        var inbox = new Inbox();
        await using var app = await StartAsync(inbox, o => o.MaxBodyBytes = 2048);
        var big = Encoding.UTF8.GetBytes("{\"event\":\"meeting.created\",\"event_ts\":1,\"payload\":{\"pad\":\"" + new string('x', 4096) + "\"}}");

        using var declared = await app.Client.SendAsync(app.SignedPost("/zoom/webhooks", big));
        var chunked = app.SignedPost("/zoom/webhooks", big);
        chunked.Content = new StreamContent(new MemoryStream(big));   // no Content-Length: the limit is enforced while reading
        using var streamed = await app.Client.SendAsync(chunked);

        Assert.That(declared.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(streamed.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(inbox.Events, Is.Empty);
    }

    [Test]
    public async Task MapZoomWebhooks_LargeBodyUnderLimit_IsReadWhole()
    {
        var inbox = new Inbox();
        await using var app = await StartAsync(inbox);
        var body = Encoding.UTF8.GetBytes("{\"event\":\"recording.completed\",\"event_ts\":1796212800000,\"payload\":{\"object\":{\"id\":7,\"topic\":\"" + new string('t', 200_000) + "\"}}}");
        var request = app.SignedPost("/zoom/webhooks", body);
        request.Content = new StreamContent(new MemoryStream(body));

        using var response = await app.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(inbox.Events.Single().GetRecording()!.Topic, Has.Length.EqualTo(200_000));
    }

    [Test]
    public async Task MapZoomWebhooks_SignedGarbage_Answers400()
    {
        var inbox = new Inbox();
        await using var app = await StartAsync(inbox);

        using var response = await app.Client.SendAsync(app.SignedPost("/zoom/webhooks", """{"payload":{}}"""u8.ToArray()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("'event'"));
    }

    [Test]
    public async Task MapZoomWebhooks_WithoutAddWebhooks_FailsAtMappingNamingTheCall()
    {
        var ex = Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var app = await TestApp.StartAsync(s => s.AddZoomConnector(o => o.Service.AccessToken = "x"), a => a.MapZoomWebhooks());
        })!;

        Assert.That(ex.Message, Does.Contain("AddWebhooks()"));
    }

    public sealed class Inbox
    {
        private readonly ConcurrentQueue<ZoomWebhookEvent> _events = new();

        public IReadOnlyList<ZoomWebhookEvent> Events => [.. _events];

        public int FailuresLeft { get; set; }

        /// <summary>When set, the handler signals <see cref="Entered"/> and waits for it before recording the event.</summary>
        public TaskCompletionSource? Hold { get; init; }

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Add(ZoomWebhookEvent e) => _events.Enqueue(e);
    }

    public sealed class InboxHandler(Inbox inbox) : IZoomWebhookHandler
    {
        public async Task HandleAsync(ZoomWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
        {
            if (inbox.FailuresLeft > 0)
            {
                inbox.FailuresLeft--;
                throw new InvalidOperationException("downstream unavailable");
            }

            if (inbox.Hold is { } hold)
            {
                inbox.Entered.TrySetResult();
                await hold.Task.WaitAsync(cancellationToken);
            }

            inbox.Add(webhookEvent);
        }
    }
}
