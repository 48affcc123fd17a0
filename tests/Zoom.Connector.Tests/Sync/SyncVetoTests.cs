using NUnit.Framework;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Tests.Sync;

[TestFixture]
public sealed class SyncVetoTests
{
    [Test]
    public async Task RunAsync_FullListingWithHalfTheMeetings_IsVetoedAndDeletesNothing()
    {
        var account = FakeZoomAccount.Seeded(users: 2, meetingsPerUser: 4);
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Meetings.RemoveAll(m => m.Id % 1000 > 2);

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        var meetings = summary.Veto!.Figures.Single(f => f.EntityType == ZoomSyncEntityType.Meeting);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Vetoed));
            Assert.That(meetings.Vetoed, Is.True);
            Assert.That(meetings.Held, Is.EqualTo(8));
            Assert.That(meetings.Seen, Is.EqualTo(4));
            Assert.That(meetings.ToDelete, Is.EqualTo(4));
            Assert.That(meetings.Share, Is.EqualTo(0.5));
            Assert.That(host.Memory.Meetings, Has.Count.EqualTo(8));
            Assert.That(host.Memory.DeleteCount, Is.Zero);
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Deleted, Is.Zero);
        });
    }

    [Test]
    public async Task ConfirmVetoedDeletionsAsync_AfterAVeto_AppliesTheHeldDeletions()
    {
        var account = FakeZoomAccount.Seeded(users: 2, meetingsPerUser: 4);
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Meetings.RemoveAll(m => m.Id % 1000 > 2);
        var vetoed = await host.Engine.RunAsync(ZoomSyncRequest.Full);
        var pending = await host.Engine.GetPendingVetoAsync();

        var applied = await host.Trigger.ConfirmVetoedDeletionsAsync(vetoed.RunId);

        Assert.Multiple(async () =>
        {
            Assert.That(pending!.RunId, Is.EqualTo(vetoed.RunId));
            Assert.That(applied, Is.EqualTo(8), "four meetings and their four invitations");
            Assert.That(host.Memory.Meetings.Keys, Is.EquivalentTo(new[] { "1001", "1002", "2001", "2002" }));
            Assert.That(host.Memory.Invitations, Has.Count.EqualTo(4));
            Assert.That(await host.Engine.GetPendingVetoAsync(), Is.Null);
        });
    }

    [Test]
    public void ConfirmVetoedDeletionsAsync_UnknownRun_ThrowsNamingTheRun()
    {
        using var host = SyncTestHost.Create();

        var ex = Assert.ThrowsAsync<InvalidOperationException>(async () => await host.Engine.ConfirmVetoedDeletionsAsync("nope"));

        Assert.That(ex!.Message, Does.Contain("nope"));
    }

    [Test]
    public async Task RunAsync_EmptyListingOverAFullSink_IsVetoed()
    {
        var account = FakeZoomAccount.Seeded(users: 2, meetingsPerUser: 3);
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Meetings.Clear();

        var summary = await host.Engine.RunAsync(new ZoomSyncRequest { Entities = ZoomSyncEntities.Meetings });

        var meetings = summary.Veto!.Figures.Single(f => f.EntityType == ZoomSyncEntityType.Meeting);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Vetoed));
            Assert.That(meetings.Seen, Is.Zero);
            Assert.That(meetings.Reason, Does.Contain("empty"));
            Assert.That(host.Memory.Meetings, Has.Count.EqualTo(6));
        });
    }

    [Test]
    public async Task RunAsync_UserListingEmptyOverAFullSink_IsVetoed()
    {
        var account = FakeZoomAccount.Seeded(users: 3, meetingsPerUser: 1);
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Users.Clear();

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Vetoed));
            Assert.That(summary.Veto!.Figures.Single(f => f.EntityType == ZoomSyncEntityType.User).Vetoed, Is.True);
            Assert.That(host.Memory.Users, Has.Count.EqualTo(3));
            Assert.That(host.Memory.Meetings, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task RunAsync_LaterRunAgreesWithAVetoedRunWithoutConfirmationRequired_AppliesTheDeletions()
    {
        var account = FakeZoomAccount.Seeded(users: 2, meetingsPerUser: 4);
        using var host = SyncTestHost.Create(account, configure: o => o.VetoRequiresConfirmation = false);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Meetings.RemoveAll(m => m.Id % 1000 > 2);
        var first = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        var second = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(first.Outcome, Is.EqualTo(ZoomSyncOutcome.Vetoed));
            Assert.That(second.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(second.Entities[ZoomSyncEntityType.Meeting].Deleted, Is.EqualTo(4));
            Assert.That(host.Memory.Meetings, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public async Task RunAsync_LaterRunAgreesWithAVetoedRunByDefault_StaysVetoedUntilConfirmed()
    {
        var account = FakeZoomAccount.Seeded(users: 2, meetingsPerUser: 4);
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Meetings.RemoveAll(m => m.Id % 1000 > 2);
        var first = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        var second = await host.Engine.RunAsync(ZoomSyncRequest.Full);
        var third = await host.Engine.RunAsync(ZoomSyncRequest.Full);
        var heldBeforeConfirming = host.Memory.Meetings.Count;
        var applied = await host.Trigger.ConfirmVetoedDeletionsAsync(first.Veto!.RunId);

        Assert.Multiple(() =>
        {
            Assert.That(first.Outcome, Is.EqualTo(ZoomSyncOutcome.Vetoed));
            Assert.That(second.Outcome, Is.EqualTo(ZoomSyncOutcome.Vetoed), "a run computing the same deletions does not apply them unconfirmed");
            Assert.That(third.Outcome, Is.EqualTo(ZoomSyncOutcome.Vetoed));
            Assert.That(second.Veto!.RunId, Is.EqualTo(first.Veto.RunId), "the pending veto keeps the run id a person was told about");
            Assert.That(second.Entities[ZoomSyncEntityType.Meeting].Deleted, Is.Zero);
            Assert.That(heldBeforeConfirming, Is.EqualTo(8));
            Assert.That(applied, Is.EqualTo(4 + 4), "4 meetings and their 4 invitations");
            Assert.That(host.Memory.Meetings, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public async Task RunAsync_SmallShareOfDeletions_IsApplied()
    {
        var account = FakeZoomAccount.Seeded(users: 2, meetingsPerUser: 5);
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Meetings.RemoveAll(m => m.Id == 1005 || m.Id == 2005);

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed), "2 of 10 is 20 %, not above the limit");
            Assert.That(host.Memory.Meetings, Has.Count.EqualTo(8));
        });
    }

    [Test]
    public async Task RunAsync_DeletedUser_DeletesTheUserAndTheirMeetings()
    {
        var account = FakeZoomAccount.Seeded(users: 5, meetingsPerUser: 2);
        using var host = SyncTestHost.Create(account, configure: o => o.MaxDeleteShare = 0.25);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Users.RemoveAll(u => u.Id == "user5");
        account.Meetings.RemoveAll(m => m.HostId == "user5");

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(host.Memory.Users.ContainsKey("user5"), Is.False);
            Assert.That(host.Memory.Meetings.Values.Any(m => m.ParentId == "user5"), Is.False);
            Assert.That(host.Memory.Recordings.Values.Any(m => m.ParentId == "user5"), Is.False);
            Assert.That(summary.Entities[ZoomSyncEntityType.User].Deleted, Is.EqualTo(1));
        });
    }
}
