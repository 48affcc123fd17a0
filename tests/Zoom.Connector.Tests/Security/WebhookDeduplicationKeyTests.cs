using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Tests.Webhooks;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.Tests.Security;

/// <summary>De-duplication keys on the delivery itself: distinct events in one millisecond for one meeting both count.</summary>
public sealed class WebhookDeduplicationKeyTests
{
    private static byte[] Joined(string participant, long ts = 1796212800123)
        => Encoding.UTF8.GetBytes(
            "{\"event\":\"meeting.participant_joined\",\"event_ts\":" + ts.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ",\"payload\":{\"account_id\":\"acc\",\"object\":{\"id\":\"93811122233\",\"uuid\":\"u1==\",\"participant\":{\"user_name\":\"" + participant
            + "\",\"join_time\":\"2026-12-02T12:00:00Z\"}}}}");

    private static async Task<ZoomWebhookReceipt> SendAsync(WebhookTestHost host, byte[] body)
    {
        var ts = WebhookTestHost.Seconds(host.Time.GetUtcNow());
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ZoomWebhookReceiver>().ReceiveAsync(body, ts, WebhookTestHost.Sign(WebhookTestHost.Secret, ts, body));
    }

    [Test]
    public void DeduplicationKey_TwoParticipantsJoinSameMillisecond_Differ()
    {
        var first = ZoomWebhookEvent.Parse(Joined("Ann"));
        var second = ZoomWebhookEvent.Parse(Joined("Bob"));

        Assert.That(first.DeduplicationKey, Is.Not.EqualTo(second.DeduplicationKey));
        Assert.That(ZoomWebhookEvent.Parse(Joined("Ann")).DeduplicationKey, Is.EqualTo(first.DeduplicationKey), "a redelivery shares the key");
    }

    [Test]
    public async Task ReceiveAsync_TwoParticipantsJoinSameMillisecond_BothAreHandledAndRedeliveryIsDropped()
    {
        var log = new WebhookReceiverTests.RecordingLog();
        using var host = WebhookTestHost.Create(connector: c => c.AddWebhookHandler<WebhookReceiverTests.FirstHandler>(), configureServices: s => s.AddSingleton(log));

        var ann = await SendAsync(host, Joined("Ann"));
        var bob = await SendAsync(host, Joined("Bob"));
        host.Time.Advance(TimeSpan.FromMinutes(5));
        var annAgain = await SendAsync(host, Joined("Ann"));

        Assert.That(ann.Outcome, Is.EqualTo(ZoomWebhookOutcome.Handled));
        Assert.That(bob.Outcome, Is.EqualTo(ZoomWebhookOutcome.Handled));
        Assert.That(annAgain.Outcome, Is.EqualTo(ZoomWebhookOutcome.Duplicate));
        Assert.That(log.Entries, Has.Count.EqualTo(2));
    }
}
