using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Tests.Sync;

[TestFixture]
public sealed class SyncUserStatusTests
{
    [Test]
    public async Task RunAsync_UsersOfEveryStatus_EmitsEachWithItsStatusAndWalksOnlyActiveAndInactive()
    {
        var account = FakeZoomAccount.Seeded(users: 4, meetingsPerUser: 2, recordingsPerUser: 1);
        account.Users[2].Status = "inactive";
        account.Users.Add(new FakeUser("never-sent", "New.Person@example.com", "New") { Status = "pending" });
        using var host = SyncTestHost.Create(account);

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(host.Memory.Users.Keys, Is.EquivalentTo(new[] { "user1", "user2", "user3", "user4", "pending:new.person@example.com" }));
            Assert.That(host.Memory.Users["user3"].Value.Status, Is.EqualTo(UserStatus.Inactive));
            Assert.That(host.Memory.Users["user1"].Value.Status, Is.EqualTo(UserStatus.Active));
            Assert.That(host.Memory.Users["pending:new.person@example.com"].Value.Status, Is.EqualTo(UserStatus.Pending));
            Assert.That(host.Memory.Meetings.Keys, Does.Contain("3001").And.Contain("3002"), "an inactive user's meetings are read");
            Assert.That(host.Memory.Recordings.Keys, Does.Contain("rec-3-1=="), "an inactive user's recordings are read");
            Assert.That(host.Memory.Meetings, Has.Count.EqualTo(8));
            Assert.That(account.Requests.Where(r => r.Contains("never-sent", StringComparison.Ordinal) || r.Contains("new.person", StringComparison.OrdinalIgnoreCase)), Is.Empty, "pending users have nothing to walk");
            Assert.That(account.Requests.Where(r => r.StartsWith("GET /users?", StringComparison.Ordinal) && !r.Contains("next_page_token", StringComparison.Ordinal)).Select(r => r.Split("status=")[1].Split('&')[0]), Is.EquivalentTo(new[] { "active", "inactive", "pending" }));
            Assert.That(summary.Entities[ZoomSyncEntityType.User].Seen, Is.EqualTo(5));
        });
    }

    [Test]
    public async Task RunAsync_UserDeactivatedThenIncremental_EmitsAStatusUpdateDeletesNothingAndIsNotVetoed()
    {
        var account = FakeZoomAccount.Seeded(users: 3, meetingsPerUser: 3);
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Users[1].Status = "inactive";

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Incremental);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(summary.Veto, Is.Null);
            Assert.That(summary.Entities[ZoomSyncEntityType.User].Upserted, Is.EqualTo(1));
            Assert.That(summary.Entities.Values.Sum(c => c.Deleted), Is.Zero);
            Assert.That(host.Memory.Users["user2"].Value.Status, Is.EqualTo(UserStatus.Inactive));
            Assert.That(host.Memory.Meetings.Keys, Does.Contain("2001").And.Contain("2002").And.Contain("2003"));
            Assert.That(host.Memory.DeleteCount, Is.Zero);
        });
    }

    [Test]
    public async Task RunAsync_UserGoneUnderEveryStatusWhileNoMeetingChanged_IsDeletedWithoutAnInvitationVeto()
    {
        // An incremental run reads no invitation when no meeting changed: that must not look like an empty listing.
        var account = FakeZoomAccount.Seeded(users: 5, meetingsPerUser: 2);
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Users.RemoveAll(u => u.Id == "user5");
        account.Meetings.RemoveAll(m => m.HostId == "user5");
        account.Recordings.RemoveAll(r => r.HostId == "user5");

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Incremental);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed), summary.Veto is null ? null : string.Join("; ", summary.Veto.Figures.Select(f => f.Reason)));
            Assert.That(summary.Entities[ZoomSyncEntityType.Invitation].Seen, Is.Zero);
            Assert.That(host.Memory.Users.ContainsKey("user5"), Is.False);
            Assert.That(host.Memory.Meetings.Keys, Does.Not.Contain("5001").And.Not.Contain("5002"));
            Assert.That(host.Memory.Invitations.Keys, Does.Not.Contain("5001"));
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Deleted, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task RunAsync_OnlyActiveUsersListed_NeverDeletesAUserThatMayHaveAnotherStatus()
    {
        var account = FakeZoomAccount.Seeded(users: 5, meetingsPerUser: 2);
        using var host = SyncTestHost.Create(account, configure: o => o.UserStatuses = ZoomSyncUserStatuses.Active);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Users[4].Status = "inactive";

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(host.Memory.Users.ContainsKey("user5"), Is.True);
            Assert.That(host.Memory.Meetings.Keys, Does.Contain("5001"));
            Assert.That(
                account.Requests.Where(r => r.StartsWith("GET /users?", StringComparison.Ordinal) && !r.Contains("next_page_token", StringComparison.Ordinal)).Select(r => r.Split("status=")[1].Split('&')[0]),
                Is.EqualTo(new[] { "active", "active" }),
                "one active listing per run");
        });
    }

    [Test]
    public async Task RunAsync_CancelledHalfwayAndResumed_SummaryCountsEachRecordExactlyOnce()
    {
        var account = FakeZoomAccount.Seeded(users: 6, meetingsPerUser: 3);
        var counting = new CountingSink();
        using var host = SyncTestHost.Create(account, counting, o => o.MaxDegreeOfParallelism = 1);
        using var cts = new CancellationTokenSource();
        counting.OnUpsert = () =>
        {
            if (counting.Total == 13)
            {
                cts.Cancel(); // mid-item: a meeting is stored, its invitation not yet read
            }
        };

        Assert.That(async () => await host.Engine.RunAsync(ZoomSyncRequest.Full, null, cts.Token), Throws.InstanceOf<OperationCanceledException>());
        counting.OnUpsert = null;

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Resumed, Is.True);
            Assert.That(counting.PerRecord.Values, Has.All.EqualTo(1));
            foreach (var (type, total) in new[] { (ZoomSyncEntityType.User, 6), (ZoomSyncEntityType.Meeting, 18), (ZoomSyncEntityType.Invitation, 18), (ZoomSyncEntityType.Recording, 12) })
            {
                var counts = summary.Entities[type];
                Assert.That((counts.Seen, counts.Upserted, counts.Unchanged), Is.EqualTo((total, total, 0)), type.ToString());
            }
        });
    }

    [Test]
    public void AddSync_NoUserStatuses_FailsNamingTheKey()
    {
        using var host = SyncTestHost.Create(configure: o => o.UserStatuses = ZoomSyncUserStatuses.None);

        var ex = Assert.Throws<OptionsValidationException>(() => _ = host.Host.Get<IOptions<ZoomSyncOptions>>().Value);

        Assert.That(ex!.Message, Does.Contain("Zoom:Sync:UserStatuses"));
    }

    [Test]
    public void AddSync_StatusesPasscodesAndVetoFromConfiguration_BindUnderTheSyncSection()
    {
        using var provider = BuildFromConfiguration(new()
        {
            ["Zoom:Sync:UserStatuses"] = "Active, Pending",
            ["Zoom:Sync:IncludePasscodes"] = "true",
            ["Zoom:Sync:VetoRequiresConfirmation"] = "false",
        });

        var options = provider.GetRequiredService<IOptions<ZoomSyncOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.UserStatuses, Is.EqualTo(ZoomSyncUserStatuses.Active | ZoomSyncUserStatuses.Pending));
            Assert.That(options.IncludePasscodes, Is.True);
            Assert.That(options.VetoRequiresConfirmation, Is.False);
        });
    }

    [Test]
    public void AddSync_NothingConfigured_ListsEveryStatusKeepsPasscodesOutAndWaitsForConfirmation()
    {
        using var provider = BuildFromConfiguration([]);

        var options = provider.GetRequiredService<IOptions<ZoomSyncOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.UserStatuses, Is.EqualTo(ZoomSyncUserStatuses.All));
            Assert.That(options.IncludePasscodes, Is.False);
            Assert.That(options.VetoRequiresConfirmation, Is.True);
        });
    }

    [Test]
    public void AddSync_UnknownStatusBitFromConfiguration_FailsNamingTheKeyNotTheValue()
    {
        using var provider = BuildFromConfiguration(new() { ["Zoom:Sync:UserStatuses"] = "12" });

        var ex = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<ZoomSyncOptions>>().Value);

        Assert.That(ex!.Message, Does.Contain("Zoom:Sync:UserStatuses"));
        Assert.That(ex.Message, Does.Not.Contain("12"));
    }

    private static ServiceProvider BuildFromConfiguration(Dictionary<string, string?> settings)
    {
        settings["Zoom:Service:AccessToken"] = "t";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddZoomConnector(configuration.GetSection("Zoom")).AddSync();
        return services.BuildServiceProvider();
    }

    [Test]
    public async Task RunAsync_VersionOneCheckpointWithARunInProgress_StartsAfreshAndKeepsTheSchedule()
    {
        using var host = SyncTestHost.Create(FakeZoomAccount.Seeded(users: 2, meetingsPerUser: 1));
        const string v1 = """
            {"version":1,"last_full_completed_at":"2026-11-28T11:00:00+00:00","active":{"run_id":"old","kind":"Full","entities":"Users, Meetings, Invitations, Recordings","counts":{"requests":7,"entities":[[1,1,0,0,0],[0,0,0,0,0],[0,0,0,0,0],[0,0,0,0,0]]},"users_listed":true,"users":[{"id":"user1"}]}}
            """;
        await host.Sink.SaveCheckpointAsync(new ZoomSyncCheckpoint { Payload = v1 });

        var summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Resumed, Is.False);
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(summary.Entities[ZoomSyncEntityType.User].Seen, Is.EqualTo(2));
            Assert.That(host.Memory.Checkpoint!.Payload, Does.Contain("\"version\":2"));
        });
    }
}
