using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NUnit.Framework;
using StackExchange.Redis;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.Clients;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Redis.Tests;

public sealed class FleetTests
{
    [OneTimeSetUp]
    public void RequireRedis() => RedisServer.Require();

    [Test]
    public async Task ServerToServer_FourInstancesStartColdTogether_OneTokenRequestAndNo401()
    {
        using var fleet = new FleetHost(4);

        await Task.WhenAll(fleet.Instances.Select(i => i.GetRequiredService<IZoomUsersApi>().GetUserAsync("me")));
        await Task.WhenAll(fleet.Instances.Select(i => i.GetRequiredService<IZoomUsersApi>().GetUserAsync("me")));

        Assert.That(fleet.TokenRequests("account_credentials"), Is.EqualTo(1));
        Assert.That(fleet.Emulator.Requests.Count(r => r.StatusCode == 401), Is.Zero, "no instance knocked another's token out");
    }

    [Test]
    public async Task ServerToServer_TokenReplacedByAnotherInstance_401ReadsSharedTokenFirst()
    {
        using var fleet = new FleetHost(2);
        var (a, b) = (fleet.Instances[0], fleet.Instances[1]);
        await a.GetRequiredService<IZoomUsersApi>().GetUserAsync("me");
        await b.GetRequiredService<IZoomUsersApi>().GetUserAsync("me");
        // Instance A is told its token is bad (as after Zoom revoked it) and fetches a new one: B's copy is now stale.
        var s2s = a.GetRequiredKeyedService<IZoomAccessTokenProvider>(Zoom.Connector.Authentication.ZoomIdentityKeys.Service);
        await s2s.GetAccessTokenAsync(forceRefresh: true);
        var before = fleet.TokenRequests("account_credentials");

        await b.GetRequiredService<IZoomUsersApi>().GetUserAsync("me");

        Assert.That(fleet.TokenRequests("account_credentials"), Is.EqualTo(before), "B took A's new token from Redis instead of asking Zoom");
    }

    [Test]
    public async Task RateLimit_TwoProviders_ShareOneBudget()
    {
        using var fleet = new FleetHost(2, settings: new Dictionary<string, string?>
        {
            ["Zoom:RateLimit:PermitsPerWindow"] = "3",
            ["Zoom:RateLimit:Window"] = "00:01:00",
        });
        var a = fleet.Instances[0].GetRequiredService<IZoomRateLimiter>();
        var b = fleet.Instances[1].GetRequiredService<IZoomRateLimiter>();

        await a.AcquireAsync(ZoomRateLimitCategory.Light);
        await b.AcquireAsync(ZoomRateLimitCategory.Light);
        await a.AcquireAsync(ZoomRateLimitCategory.Light);
        var granted = await RedisServer.Database.SortedSetLengthAsync(fleet.Prefix + "{rl}:account");
        using var cancel = new CancellationTokenSource();
        var fourth = b.AcquireAsync(ZoomRateLimitCategory.Light, cancel.Token).AsTask();
        await cancel.CancelAsync();

        Assert.That(granted, Is.EqualTo(3), "both instances log into one window");
        Assert.That(async () => await fourth, Throws.InstanceOf<OperationCanceledException>(), "the fourth permit of a 3-per-minute budget waits (cancellably) whichever instance asks");
        Assert.That(await RedisServer.Database.SortedSetLengthAsync(fleet.Prefix + "{rl}:account"), Is.EqualTo(3), "the cancelled caller gave its reservation back");
    }

    [Test]
    public async Task RateLimit_429HoldOnOneInstance_HoldsTheOther()
    {
        using var fleet = new FleetHost(2);
        var a = fleet.Instances[0].GetRequiredService<IZoomRateLimiter>();
        var b = fleet.Instances[1].GetRequiredService<IZoomRateLimiter>();
        a.OnResponse(ZoomRateLimitCategory.Light, new Zoom.Connector.Http.ZoomRateLimitHeaders("Light", Zoom.Connector.Http.ZoomRateLimitType.PerSecond, 30, 0, TimeSpan.FromSeconds(30), null), isRateLimited: true);
        var key = (RedisKey)(fleet.Prefix + "{rl}:hold:light");
        for (var i = 0; i < 100 && !await RedisServer.Database.KeyExistsAsync(key); i++)
        {
            // OnResponse records the hold without waiting; poll until Redis has it.
            await Task.Delay(10);
        }

        using var cancel = new CancellationTokenSource();
        var held = b.AcquireAsync(ZoomRateLimitCategory.Light, cancel.Token).AsTask();
        await b.AcquireAsync(ZoomRateLimitCategory.Heavy);
        await cancel.CancelAsync();

        Assert.That(await RedisServer.Database.KeyTimeToLiveAsync(key), Is.GreaterThan(TimeSpan.FromSeconds(20)));
        Assert.That(async () => await held, Throws.InstanceOf<OperationCanceledException>(), "Light waits out the 30 s hold on every instance");
    }

    [Test]
    public async Task DailyCounters_TwoInstances_ShareTheCap()
    {
        using var fleet = new FleetHost(2);
        var a = fleet.Instances[0].GetRequiredService<IZoomDailyCounterStore>();
        var b = fleet.Instances[1].GetRequiredService<IZoomDailyCounterStore>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var taken = new[]
        {
            await a.TryIncrementAsync("user:abc", today, 2),
            await b.TryIncrementAsync("user:abc", today, 2),
            await a.TryIncrementAsync("user:abc", today, 2),
        };
        await b.DecrementAsync("user:abc", today);

        Assert.That(taken, Is.EqualTo(new[] { true, true, false }));
        Assert.That(await a.GetAsync("user:abc", today), Is.EqualTo(1));
    }

    [Test]
    public async Task DailyCounters_Count_ExpiresWhenItsUtcDayIsOver()
    {
        using var fleet = new FleetHost(1);
        var store = (RedisZoomDailyCounterStore)fleet.Instances[0].GetRequiredService<IZoomDailyCounterStore>();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        await store.TryIncrementAsync("user:abc", today, 100);
        var ttl = await RedisServer.Database.KeyTimeToLiveAsync(store.Key("user:abc", today));

        var dayEnd = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Assert.That(ttl, Is.Not.Null.And.GreaterThan(TimeSpan.Zero));
        Assert.That(ttl, Is.LessThanOrEqualTo(dayEnd - now + RedisZoomDailyCounterStore.ExpiryGrace), "gone once its UTC day (and the grace) is over");
    }

    [Test]
    public async Task DailyLimit_RefusalLearntOnOneInstance_HoldsOnAnotherUntilItEnds()
    {
        using var fleet = new FleetHost(2);
        var a = fleet.Instances[0].GetRequiredService<IZoomDailyCounterStore>();
        var b = fleet.Instances[1].GetRequiredService<IZoomDailyCounterStore>();
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var until = now.AddHours(3);

        await a.RefuseUntilAsync("user:abc", until, now);
        await a.RefuseUntilAsync("user:abc", now.AddHours(1), now);

        Assert.That(await b.GetRefusedUntilAsync("user:abc", now), Is.EqualTo(until), "the later end is kept");
        Assert.That(await b.GetRefusedUntilAsync("user:other", now), Is.Null);
        Assert.That(await b.GetRefusedUntilAsync("user:abc", until), Is.Null, "over at its end");
    }

    [Test]
    public async Task SignIn_StartedOnOneInstance_CompletesOnAnother()
    {
        using var fleet = new FleetHost(2);

        var result = await fleet.SignInAsync("alice@example.com", fleet.Instances[0], fleet.Instances[1]);
        var me = await fleet.Instances[0].GetRequiredService<IZoomUserClientFactory>().ForUser("alice@example.com").Users.GetUserAsync("me");

        Assert.That(result.IdentityKey, Is.EqualTo("alice@example.com"));
        Assert.That(me.Id, Is.Not.Null);
    }

    [Test]
    public async Task SignIn_StateUsedTwice_SecondIsRefused()
    {
        using var fleet = new FleetHost(2);
        var store = fleet.Instances[0].GetRequiredService<IZoomAuthorizationStateStore>();
        store.Add("state-1", new ZoomPendingAuthorization("alice", "verifier", "http://localhost/cb", DateTimeOffset.UtcNow.AddMinutes(10)));

        var first = await fleet.Instances[1].GetRequiredService<IZoomAuthorizationStateStore>().TakeAsync("state-1");
        var second = await store.TakeAsync("state-1");

        Assert.That(first?.CodeVerifier, Is.EqualTo("verifier"));
        Assert.That(second, Is.Null);
    }

    [Test]
    public async Task SignIn_MoreThanCapPendingForOnePerson_OldestForgotten()
    {
        using var fleet = new FleetHost(1);
        var store = fleet.Instances[0].GetRequiredService<IZoomAuthorizationStateStore>();
        for (var i = 0; i <= IZoomAuthorizationStateStore.MaxPendingPerIdentity; i++)
        {
            store.Add("state-" + i, new ZoomPendingAuthorization("mallory", "v" + i, "http://localhost/cb", DateTimeOffset.UtcNow.AddMinutes(10)));
        }

        Assert.That(await store.TakeAsync("state-0"), Is.Null, "the oldest pending sign-in was dropped");
        Assert.That(await store.TakeAsync("state-" + IZoomAuthorizationStateStore.MaxPendingPerIdentity), Is.Not.Null);
    }

    [Test]
    public async Task Refresh_50ConcurrentFrom4Instances_OneTokenRequestAllEndWithNewest()
    {
        using var fleet = new FleetHost(4);
        await fleet.SignInAsync("bob", fleet.Instances[0], fleet.Instances[0]);
        var store = fleet.Instances[0].GetRequiredService<IZoomTokenStore>();
        var signedIn = (await store.GetAsync("bob"))!;
        await store.TrySetAsync("bob", signedIn.Entry with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) }, signedIn.Version);
        var before = fleet.TokenRequests("user");

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            fleet.Instances[i % 4].GetRequiredService<IZoomUserClientFactory>().ForUser("bob").Users.GetUserAsync("me")));

        Assert.That(fleet.TokenRequests("user") - before, Is.EqualTo(1), "exactly one refresh for the whole fleet");
        var newest = (await store.GetAsync("bob"))!;
        Assert.That(newest.Entry.RefreshToken, Is.Not.EqualTo(signedIn.Entry.RefreshToken));
        foreach (var instance in fleet.Instances)
        {
            var seen = (await instance.GetRequiredService<IZoomTokenStore>().GetAsync("bob"))!;
            Assert.That(seen.Version, Is.EqualTo(newest.Version));
        }

        Assert.That(fleet.Emulator.Requests.Count(r => r.StatusCode == 401), Is.Zero);
    }

    [Test]
    public async Task Refresh_LeaseHolderDied_OthersWaitOnlyUntilItsLeaseRunsOut()
    {
        using var fleet = new FleetHost(1, settings: new Dictionary<string, string?> { ["Zoom:Redis:WaitTimeout"] = "00:00:05" });
        var instance = fleet.Instances[0];
        await fleet.SignInAsync("carol", instance, instance);
        var store = instance.GetRequiredService<IZoomTokenStore>();
        var signedIn = (await store.GetAsync("carol"))!;
        await store.TrySetAsync("carol", signedIn.Entry with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) }, signedIn.Version);
        // A holder that took the lease and died: nobody will release it; it lapses after 300 ms.
        var lease = (RedisKey)(fleet.Prefix + "lease:" + ZoomRedisConnection.Hash("carol"));
        await RedisServer.Database.StringSetAsync(lease, "dead-holder", TimeSpan.FromMilliseconds(300));

        var me = await instance.GetRequiredService<IZoomUserClientFactory>().ForUser("carol").Users.GetUserAsync("me");

        Assert.That(me.Id, Is.Not.Null, "the refresh ran once the dead holder's lease lapsed, well inside the 5 s wait limit");
        Assert.That((await store.GetAsync("carol"))!.Entry.RefreshToken, Is.Not.EqualTo(signedIn.Entry.RefreshToken));
    }

    [Test]
    public async Task TokenStore_StaleCompareAndSwap_Refused()
    {
        using var fleet = new FleetHost(2);
        var a = fleet.Instances[0].GetRequiredService<IZoomTokenStore>();
        var b = fleet.Instances[1].GetRequiredService<IZoomTokenStore>();
        var entry = new ZoomTokenEntry { AccessToken = "at-1", RefreshToken = "rt-1", ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) };

        var first = await a.TrySetAsync("dave", entry, 0);
        var newer = await b.TrySetAsync("dave", entry with { AccessToken = "at-2", RefreshToken = "rt-2" }, first!.Version);
        var stale = await a.TrySetAsync("dave", entry with { AccessToken = "at-old" }, first.Version);
        var createOverExisting = await a.TrySetAsync("dave", entry, 0);
        var staleRemove = await a.TryRemoveAsync("dave", first.Version);
        var removed = await b.TryRemoveAsync("dave", newer!.Version);
        var resurrect = await a.TrySetAsync("dave", entry, newer.Version);
        var afresh = await a.TrySetAsync("dave", entry, 0);

        Assert.That(stale, Is.Null);
        Assert.That(createOverExisting, Is.Null);
        Assert.That(staleRemove, Is.False);
        Assert.That(removed, Is.True);
        Assert.That(resurrect, Is.Null, "a removed entry's version cannot be written to");
        Assert.That(afresh!.Version, Is.GreaterThan(newer.Version), "versions are never reused");
    }

    [Test]
    public async Task TokenStore_InRedis_NotReadableAsPlainText()
    {
        using var fleet = new FleetHost(1);
        var instance = fleet.Instances[0];
        await fleet.SignInAsync("erin", instance, instance);
        await instance.GetRequiredService<IZoomUsersApi>().GetUserAsync("me");
        var secrets = new List<string>();
        foreach (var key in new[] { "erin", ZoomTokenKeys.ServerToServer })
        {
            var stored = (await instance.GetRequiredService<IZoomTokenStore>().GetAsync(key))!;
            secrets.Add(stored.Entry.AccessToken);
            if (stored.Entry.RefreshToken is { } refresh)
            {
                secrets.Add(refresh);
            }
        }

        var everything = new StringBuilder();
        await foreach (var key in RedisServer.Server.KeysAsync(pattern: fleet.Prefix + "*"))
        {
            everything.Append(key).Append('\n');
            if (await RedisServer.Database.KeyTypeAsync(key) == RedisType.Hash)
            {
                foreach (var field in await RedisServer.Database.HashGetAllAsync(key))
                {
                    everything.Append(Encoding.Latin1.GetString((byte[])field.Value!)).Append('\n');
                }
            }
        }

        Assert.That(secrets, Has.Count.EqualTo(3));
        Assert.That(everything.ToString(), Does.Contain("token:"));
        foreach (var secret in secrets)
        {
            Assert.That(everything.ToString(), Does.Not.Contain(secret));
        }

        Assert.That(everything.ToString(), Does.Not.Contain("erin"), "identity keys are hashed in key names");
    }

    [Test]
    public async Task Restart_NewProviderOverSameRedis_PersonStillSignedIn()
    {
        using var fleet = new FleetHost(1);
        await fleet.SignInAsync("frank", fleet.Instances[0], fleet.Instances[0]);
        await fleet.Instances[0].DisposeAsync();

        var restarted = fleet.NewInstance();
        var me = await restarted.GetRequiredService<IZoomUserClientFactory>().ForUser("frank").Users.GetUserAsync("me");

        Assert.That(me.Id, Is.Not.Null);
    }

    [Test]
    public async Task SyncLock_SecondInstance_WaitsAndGetsLargerFencingToken()
    {
        using var fleet = new FleetHost(2);
        var a = fleet.Instances[0].GetRequiredService<IZoomSyncLock>();
        var b = fleet.Instances[1].GetRequiredService<IZoomSyncLock>();

        var first = (ZoomRedisSyncLease)(await a.TryAcquireAsync("sink"))!;
        var blocked = await b.TryAcquireAsync("sink");
        await first.DisposeAsync();
        var second = (ZoomRedisSyncLease)(await b.TryAcquireAsync("sink"))!;

        Assert.That(blocked, Is.Null);
        Assert.That(second.FencingToken, Is.GreaterThan(first.FencingToken));
        await second.DisposeAsync();
    }

    [Test]
    public void StartUp_RedisUnreachable_FailsNamingTheKeyNotTheValue()
    {
        using var fleet = new FleetHost(0);
        var instance = fleet.NewInstance(new Dictionary<string, string?>
        {
            ["Zoom:Redis:Configuration"] = "127.0.0.1:1,password=hunter2-secret,connectTimeout=300",
        });
        var checks = instance.GetServices<IHostedService>().ToList();

        var failure = Assert.ThrowsAsync<ZoomRedisException>(async () =>
        {
            foreach (var check in checks)
            {
                await check.StartAsync(CancellationToken.None);
            }
        });

        Assert.That(failure!.Message, Does.Contain("Zoom:Redis:Configuration"));
        Assert.That(failure.ToString(), Does.Not.Contain("hunter2-secret"));
    }
}

public sealed class WebhookDeliveryTests
{
    [OneTimeSetUp]
    public void RequireRedis() => RedisServer.Require();

    [Test]
    public async Task Webhook_TwoEventsSameMillisecondSameObject_BothNewAndRedeliveryDuplicate()
    {
        using var fleet = new FleetHost(2);
        var a = fleet.Instances[0].GetRequiredService<Zoom.Connector.Webhooks.IZoomWebhookDeliveryStore>();
        var b = fleet.Instances[1].GetRequiredService<Zoom.Connector.Webhooks.IZoomWebhookDeliveryStore>();
        static string Body(string participant) => "{\"event\":\"meeting.participant_joined\",\"event_ts\":1700000000000,\"payload\":{\"account_id\":\"acc\",\"object\":{\"id\":\"42\",\"participant\":{\"user_name\":\"" + participant + "\"}}}}";
        var alice = Zoom.Connector.Webhooks.ZoomWebhookEvent.Parse(Encoding.UTF8.GetBytes(Body("alice")));
        var bob = Zoom.Connector.Webhooks.ZoomWebhookEvent.Parse(Encoding.UTF8.GetBytes(Body("bob")));

        var first = await a.TryBeginAsync(alice.DeduplicationKey);
        await a.CompleteAsync(alice.DeduplicationKey);
        var other = await a.TryBeginAsync(bob.DeduplicationKey);
        var redelivered = await b.TryBeginAsync(Zoom.Connector.Webhooks.ZoomWebhookEvent.Parse(Encoding.UTF8.GetBytes(Body("alice"))).DeduplicationKey);

        Assert.That(alice.DeduplicationKey, Is.Not.EqualTo(bob.DeduplicationKey), "event + event_ts + body hash");
        Assert.That(new[] { first, other, redelivered }, Is.EqualTo(new[]
        {
            Zoom.Connector.Webhooks.ZoomWebhookDelivery.New, Zoom.Connector.Webhooks.ZoomWebhookDelivery.New,
            Zoom.Connector.Webhooks.ZoomWebhookDelivery.Duplicate,
        }));
    }

    [Test]
    public async Task Webhook_RedeliveryOnAnotherInstance_RecognisedAsDuplicate()
    {
        using var fleet = new FleetHost(2);
        var a = fleet.Instances[0].GetRequiredService<Zoom.Connector.Webhooks.IZoomWebhookDeliveryStore>();
        var b = fleet.Instances[1].GetRequiredService<Zoom.Connector.Webhooks.IZoomWebhookDeliveryStore>();

        var first = await a.TryBeginAsync("meeting.created:1:42");
        var whileHandled = await b.TryBeginAsync("meeting.created:1:42");
        await a.CompleteAsync("meeting.created:1:42");
        var afterwards = await b.TryBeginAsync("meeting.created:1:42");
        await b.ForgetAsync("meeting.created:1:42");
        var afterForget = await b.TryBeginAsync("meeting.created:1:42");

        Assert.That(new[] { first, whileHandled, afterwards, afterForget }, Is.EqualTo(new[]
        {
            Zoom.Connector.Webhooks.ZoomWebhookDelivery.New, Zoom.Connector.Webhooks.ZoomWebhookDelivery.InProgress,
            Zoom.Connector.Webhooks.ZoomWebhookDelivery.Duplicate, Zoom.Connector.Webhooks.ZoomWebhookDelivery.New,
        }));
    }
}
