using NUnit.Framework;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.Tests.Webhooks;

[TestFixture]
public sealed class WebhookDeduplicatorTests
{
    [Test]
    public void TryRegister_SameKeyTwice_SecondIsDropped()
    {
        using var host = WebhookTestHost.Create();
        var dedup = host.Get<ZoomWebhookDeduplicator>();

        Assert.That(dedup.TryRegister("meeting.created|1|5"), Is.True);
        Assert.That(dedup.TryRegister("meeting.created|1|5"), Is.False);
        Assert.That(dedup.TryRegister("meeting.created|2|5"), Is.True);
    }

    [Test]
    public void TryRegister_AfterWindow_IsAcceptedAgain()
    {
        using var host = WebhookTestHost.Create(o => o.Webhooks.DeduplicationWindow = TimeSpan.FromMinutes(90));
        var dedup = host.Get<ZoomWebhookDeduplicator>();
        dedup.TryRegister("k");

        host.Time.Advance(TimeSpan.FromMinutes(89));
        var within = dedup.TryRegister("k");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var after = dedup.TryRegister("k");

        Assert.That(within, Is.False);
        Assert.That(after, Is.True);
    }

    [Test]
    public void TryRegister_OverCapacity_ForgetsOldestFirst()
    {
        using var host = WebhookTestHost.Create(o => o.Webhooks.DeduplicationCapacity = 3);
        var dedup = host.Get<ZoomWebhookDeduplicator>();
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            dedup.TryRegister(key);
            host.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.That(dedup.Count, Is.EqualTo(3));
        Assert.That(dedup.TryRegister("d"), Is.False);
        Assert.That(dedup.TryRegister("a"), Is.True);
    }

    [Test]
    public void Forget_ThenRegister_KeepsTheNewEntryWhenTheOldOneExpires()
    {
        using var host = WebhookTestHost.Create(o => o.Webhooks.DeduplicationWindow = TimeSpan.FromMinutes(10));
        var dedup = host.Get<ZoomWebhookDeduplicator>();
        dedup.TryRegister("k");
        host.Time.Advance(TimeSpan.FromMinutes(6));
        Assert.That(dedup.Forget("k"), Is.True);
        Assert.That(dedup.TryRegister("k"), Is.True);

        host.Time.Advance(TimeSpan.FromMinutes(5));

        Assert.That(dedup.TryRegister("k"), Is.False);
    }

    [Test]
    public void TryBegin_InProgressThenComplete_ReportsEachState()
    {
        using var host = WebhookTestHost.Create();
        var dedup = host.Get<ZoomWebhookDeduplicator>();

        var first = dedup.TryBegin("k");
        var during = dedup.TryBegin("k");
        dedup.Complete("k");
        var after = dedup.TryBegin("k");

        Assert.That(first, Is.EqualTo(ZoomWebhookDelivery.New));
        Assert.That(during, Is.EqualTo(ZoomWebhookDelivery.InProgress));
        Assert.That(after, Is.EqualTo(ZoomWebhookDelivery.Duplicate));
    }

    [Test]
    public async Task TryRegister_ManyConcurrentDeliveriesOfOneEvent_ExactlyOneWins()
    {
        using var host = WebhookTestHost.Create();
        var dedup = host.Get<ZoomWebhookDeduplicator>();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => dedup.TryRegister("same"))));

        Assert.That(results.Count(r => r), Is.EqualTo(1));
    }
}
