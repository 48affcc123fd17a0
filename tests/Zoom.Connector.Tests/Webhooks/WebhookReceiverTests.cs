using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Tests.Infrastructure;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.Tests.Webhooks;

[TestFixture]
public sealed class WebhookReceiverTests
{
    private static async Task<ZoomWebhookReceipt> SendAsync(WebhookTestHost host, byte[] body, string? secret = WebhookTestHost.Secret)
    {
        var ts = WebhookTestHost.Seconds(host.Time.GetUtcNow());
        using var scope = host.Services.CreateScope();
        var receiver = scope.ServiceProvider.GetRequiredService<ZoomWebhookReceiver>();
        return await receiver.ReceiveAsync(body, ts, secret is null ? null : WebhookTestHost.Sign(secret, ts, body));
    }

    private static byte[] Fixture(string name) => Encoding.UTF8.GetBytes(Fixtures.Read("Webhooks/" + name));

    [Test]
    public async Task ReceiveAsync_ValidEvent_DispatchesToEveryHandlerOnce()
    {
        var log = new RecordingLog();
        using var host = WebhookTestHost.Create(
            connector: c => c.AddWebhookHandler<FirstHandler>().AddWebhookHandler<SecondHandler>(),
            configureServices: s => s.AddSingleton(log));

        var receipt = await SendAsync(host, Fixture("meeting-created.json"));

        Assert.That(receipt.Outcome, Is.EqualTo(ZoomWebhookOutcome.Handled));
        Assert.That(receipt.StatusCode, Is.EqualTo(200));
        Assert.That(log.Entries, Is.EqualTo(new[] { "first:meeting.created:93811122233", "second:meeting.created:93811122233" }));
    }

    [Test]
    public async Task ReceiveAsync_Redelivery_IsAnsweredButNotHandledAgain()
    {
        var log = new RecordingLog();
        using var host = WebhookTestHost.Create(connector: c => c.AddWebhookHandler<FirstHandler>(), configureServices: s => s.AddSingleton(log));
        var body = Fixture("recording-completed.json");

        var first = await SendAsync(host, body);
        host.Time.Advance(TimeSpan.FromMinutes(5));    // Zoom's first retry, newly signed
        var second = await SendAsync(host, body);

        Assert.That(first.Outcome, Is.EqualTo(ZoomWebhookOutcome.Handled));
        Assert.That(second.Outcome, Is.EqualTo(ZoomWebhookOutcome.Duplicate));
        Assert.That(second.StatusCode, Is.EqualTo(200));
        Assert.That(log.Entries, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ReceiveAsync_HandlerFails_Answers500AndTheRetryIsHandled()
    {
        var log = new RecordingLog { FailuresLeft = 1 };
        using var host = WebhookTestHost.Create(connector: c => c.AddWebhookHandler<FirstHandler>(), configureServices: s => s.AddSingleton(log));
        var body = Fixture("meeting-created.json");

        var failed = await SendAsync(host, body);
        var retried = await SendAsync(host, body);

        Assert.That(failed.Outcome, Is.EqualTo(ZoomWebhookOutcome.HandlerFailed));
        Assert.That(failed.StatusCode, Is.EqualTo(500));
        Assert.That(retried.Outcome, Is.EqualTo(ZoomWebhookOutcome.Handled));
        Assert.That(log.Entries, Has.Count.EqualTo(1));
        Assert.That(host.Logs.Lines.Any(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("FirstHandler", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public async Task ReceiveAsync_RedeliveryWhileFirstStillRuns_Is409ThenTheOutcomeDecides()
    {
        var gate = new SlowGate();
        using var host = WebhookTestHost.Create(connector: c => c.AddWebhookHandler<SlowHandler>(), configureServices: s => s.AddSingleton(gate));
        var body = Fixture("meeting-created.json");

        var first = SendAsync(host, body);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30)); // bounded: a delivery that never arrives fails here
        var whileRunning = await SendAsync(host, body);
        gate.Release.SetResult(false);   // the first attempt fails
        var firstReceipt = await first;
        var afterFailure = await SendAsync(host, body);
        var afterSuccess = await SendAsync(host, body);

        Assert.That(whileRunning.Outcome, Is.EqualTo(ZoomWebhookOutcome.InProgress));
        Assert.That(whileRunning.StatusCode, Is.EqualTo(409));
        Assert.That(firstReceipt.Outcome, Is.EqualTo(ZoomWebhookOutcome.HandlerFailed));
        Assert.That(afterFailure.Outcome, Is.EqualTo(ZoomWebhookOutcome.Handled), "the failed event is handled on the next delivery");
        Assert.That(afterSuccess.Outcome, Is.EqualTo(ZoomWebhookOutcome.Duplicate));
        Assert.That(gate.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task ReceiveAsync_WrongSecret_Is401AndNoHandlerRuns()
    {
        var log = new RecordingLog();
        using var host = WebhookTestHost.Create(connector: c => c.AddWebhookHandler<FirstHandler>(), configureServices: s => s.AddSingleton(log));

        var receipt = await SendAsync(host, Fixture("meeting-created.json"), "not-the-secret");

        Assert.That(receipt.Outcome, Is.EqualTo(ZoomWebhookOutcome.Rejected));
        Assert.That(receipt.StatusCode, Is.EqualTo(401));
        Assert.That(receipt.Verification.Status, Is.EqualTo(ZoomWebhookVerificationStatus.SignatureMismatch));
        Assert.That(log.Entries, Is.Empty);
    }

    [Test]
    public async Task ReceiveAsync_UrlValidation_AnswersEncryptedTokenWithoutCallingHandlers()
    {
        var log = new RecordingLog();
        using var host = WebhookTestHost.Create(connector: c => c.AddWebhookHandler<FirstHandler>(), configureServices: s => s.AddSingleton(log));
        var body = """{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1796212800000,"event":"endpoint.url_validation"}"""u8.ToArray();

        var receipt = await SendAsync(host, body);

        Assert.That(receipt.Outcome, Is.EqualTo(ZoomWebhookOutcome.UrlValidated));
        using var answer = JsonDocument.Parse(receipt.ResponseBody!.Value);
        Assert.That(answer.RootElement.GetProperty("plainToken").GetString(), Is.EqualTo("qgg8vlvZRS6UYooatFL8Aw"));
        Assert.That(answer.RootElement.GetProperty("encryptedToken").GetString(),
            Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookTestHost.Secret), Encoding.UTF8.GetBytes("qgg8vlvZRS6UYooatFL8Aw")))));
        Assert.That(log.Entries, Is.Empty);
    }

    [Test]
    public async Task ReceiveAsync_UrlValidationWithoutPlainToken_Is400()
    {
        using var host = WebhookTestHost.Create();

        var receipt = await SendAsync(host, """{"event":"endpoint.url_validation","event_ts":1,"payload":{}}"""u8.ToArray());

        Assert.That(receipt.Outcome, Is.EqualTo(ZoomWebhookOutcome.Malformed));
        Assert.That(receipt.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task ReceiveAsync_SignedButNotJson_Is400()
    {
        using var host = WebhookTestHost.Create();

        var receipt = await SendAsync(host, "<xml/>"u8.ToArray());

        Assert.That(receipt.Outcome, Is.EqualTo(ZoomWebhookOutcome.Malformed));
        Assert.That(receipt.Reason, Does.Contain("not valid JSON"));
    }

    [Test]
    public async Task ReceiveAsync_UnknownEvent_IsHandled()
    {
        var log = new RecordingLog();
        using var host = WebhookTestHost.Create(connector: c => c.AddWebhookHandler<FirstHandler>(), configureServices: s => s.AddSingleton(log));

        var receipt = await SendAsync(host, Fixture("unknown-event.json"));

        Assert.That(receipt.Outcome, Is.EqualTo(ZoomWebhookOutcome.Handled));
        Assert.That(log.Entries, Is.EqualTo(new[] { "first:whiteboard.shared_widget_rotated:wb-42" }));
    }

    [Test]
    public async Task ReceiveAsync_AllOutcomes_LogsHoldNoSecrets()
    {
        var log = new RecordingLog { FailuresLeft = 1 };
        using var host = WebhookTestHost.Create(connector: c => c.AddWebhookHandler<FirstHandler>(), configureServices: s => s.AddSingleton(log));
        var body = Fixture("recording-completed.json");

        await SendAsync(host, body);
        await SendAsync(host, body);
        await SendAsync(host, body);
        await SendAsync(host, body, "wrong");
        await SendAsync(host, """{"event":"endpoint.url_validation","event_ts":1,"payload":{"plainToken":"pt-Hidden"}}"""u8.ToArray());

        var lines = host.Logs.Lines.Where(l => l.Contains("Webhook", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.That(lines, Has.Length.GreaterThanOrEqualTo(5));
        foreach (var secret in new[] { WebhookTestHost.Secret, "dl-tok-SECRET", "play-SECRET", "rec-Pa55", "pt-Hidden" })
        {
            Assert.That(host.Logs.Lines, Has.None.Contain(secret));
        }
    }

    public sealed class RecordingLog
    {
        public ConcurrentQueue<string> Queue { get; } = new();

        public IReadOnlyList<string> Entries => [.. Queue];

        public int FailuresLeft { get; set; }
    }

    public sealed class SlowGate
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public int Enter() => Interlocked.Increment(ref _calls);
    }

    /// <summary>The first call waits until the test releases it (true: succeed, false: fail); later calls succeed at once.</summary>
    public sealed class SlowHandler(SlowGate gate) : IZoomWebhookHandler
    {
        public async Task HandleAsync(ZoomWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
        {
            if (gate.Enter() == 1)
            {
                gate.Entered.SetResult();
                if (!await gate.Release.Task)
                {
                    throw new InvalidOperationException("the first attempt failed");
                }
            }
        }
    }

    public sealed class FirstHandler(RecordingLog log) : IZoomWebhookHandler
    {
        public Task HandleAsync(ZoomWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
        {
            if (log.FailuresLeft > 0)
            {
                log.FailuresLeft--;
                throw new InvalidOperationException("the store is down");
            }

            log.Queue.Enqueue($"first:{webhookEvent.Event}:{webhookEvent.ObjectId}");
            return Task.CompletedTask;
        }
    }

    public sealed class SecondHandler(RecordingLog log) : IZoomWebhookHandler
    {
        public Task HandleAsync(ZoomWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
        {
            log.Queue.Enqueue($"second:{webhookEvent.Event}:{webhookEvent.ObjectId}");
            return Task.CompletedTask;
        }
    }
}
