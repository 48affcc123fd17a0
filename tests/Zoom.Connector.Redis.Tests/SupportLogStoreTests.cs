using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using StackExchange.Redis;
using Zoom.Connector.Api;
using Zoom.Connector.SupportLog;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Redis.Tests;

/// <summary>The support log on Redis (one capped, retention-trimmed sorted set per key prefix), against a real redis-server.</summary>
public sealed class SupportLogStoreTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    [OneTimeSetUp]
    public void RequireRedis() => RedisServer.Require();

    [Test]
    public async Task UseRedisWithAddSupportLog_EitherOrderTwoInstances_OneLogWithEveryCallAndTokenRequest()
    {
        var emulator = new ZoomEmulator(new ZoomEmulatorOptions { UseServerToServerCredentials = true });
        var prefix = RedisServer.NewPrefix();
        await using var first = Instance(emulator, prefix, redisFirst: true);
        await using var second = Instance(emulator, prefix, redisFirst: false);

        await first.GetRequiredService<IZoomUsersApi>().GetUserAsync("me");
        await second.GetRequiredService<IZoomUsersApi>().GetUserAsync("me");
        // Appends are not waited for; a read on the same connection comes after them, so the second instance reads first.
        var fromSecond = await ReadAsync(second.GetRequiredService<IZoomSupportLogStore>(), new ZoomSupportLogQuery { Operation = "user" });
        var fromFirst = await ReadAsync(first.GetRequiredService<IZoomSupportLogStore>(), new ZoomSupportLogQuery());

        Assert.Multiple(() =>
        {
            Assert.That(first.GetRequiredService<IZoomSupportLogStore>(), Is.InstanceOf<RedisZoomSupportLogStore>());
            Assert.That(second.GetRequiredService<IZoomSupportLogStore>(), Is.InstanceOf<RedisZoomSupportLogStore>());
            Assert.That(fromFirst.Select(e => e.Operation), Is.EqualTo(new[] { "token:account_credentials", "user", "user" }),
                "both instances' calls and the one token request they share, in one log");
            Assert.That(fromSecond, Has.Count.EqualTo(2));
            Assert.That(RedisServer.Database.KeyExists(prefix + "supportlog"), Is.True, "the set lives under the fleet's prefix");
        });
    }

    [Test]
    public async Task Query_ByRangeIdentityOperationAndStatus_ReturnsOnlyMatchesOldestFirst()
    {
        await using var host = LogHost.Create();
        var store = host.Store;
        await store.AppendAsync(Entry(Start.AddMinutes(-50), "meetingCreate", 429, "u-aaaa"));
        await store.AppendAsync(Entry(Start.AddMinutes(-40), "meetingCreate", 201, "u-aaaa"));
        await store.AppendAsync(Entry(Start.AddMinutes(-30), "meetingCreate", 201, "u-bbbb"));
        await store.AppendAsync(Entry(Start.AddMinutes(-20), "token:refresh_token", 200, "u-aaaa"));
        await store.AppendAsync(Entry(Start.AddMinutes(-10), "meeting", 404, "service"));

        var window = await ReadAsync(store, new ZoomSupportLogQuery { From = Start.AddMinutes(-45), To = Start.AddMinutes(-20) });
        var person = await ReadAsync(store, new ZoomSupportLogQuery { IdentityKey = "u-aaaa", Operation = "meetingCreate" });
        var throttled = await ReadAsync(store, new ZoomSupportLogQuery { Status = 429 });
        var all = await ReadAsync(store, new ZoomSupportLogQuery());

        Assert.Multiple(() =>
        {
            Assert.That(window.Select(e => e.IdentityKey), Is.EqualTo(new[] { "u-aaaa", "u-bbbb" }), "from inclusive, to exclusive");
            Assert.That(person.Select(e => e.Status), Is.EqualTo(new int?[] { 429, 201 }));
            Assert.That(throttled.Single().Timestamp, Is.EqualTo(Start.AddMinutes(-50)));
            Assert.That(all, Has.Count.EqualTo(5));
            Assert.That(all.Select(e => e.Timestamp), Is.Ordered);
            Assert.That(all[0], Is.EqualTo(Entry(Start.AddMinutes(-50), "meetingCreate", 429, "u-aaaa")), "every field comes back");
        });
    }

    [Test]
    public async Task Append_PastTheRetention_OlderRecordsAreGoneFromRedisAndTheKeyExpires()
    {
        await using var host = LogHost.Create(retention: TimeSpan.FromHours(1));
        var (store, time, prefix) = (host.Store, host.Time, host.Prefix);
        await store.AppendAsync(Entry(time.GetUtcNow(), "users", 200, "service"));
        time.Advance(TimeSpan.FromMinutes(45));
        await store.AppendAsync(Entry(time.GetUtcNow(), "user", 200, "service"));
        time.Advance(TimeSpan.FromMinutes(30));

        var read = await ReadAsync(store, new ZoomSupportLogQuery());
        var keptBeforeNextWrite = RedisServer.Database.SortedSetLength(prefix + "supportlog");
        await store.AppendAsync(Entry(time.GetUtcNow(), "meeting", 200, "service"));
        var keptAfter = RedisServer.Database.SortedSetLength(prefix + "supportlog");
        var ttl = RedisServer.Database.KeyTimeToLive(prefix + "supportlog");

        Assert.Multiple(() =>
        {
            Assert.That(read.Select(e => e.Operation), Is.EqualTo(new[] { "user" }), "a query never shows a record past the retention");
            Assert.That(keptBeforeNextWrite, Is.EqualTo(2));
            Assert.That(keptAfter, Is.EqualTo(2), "the write trimmed the record past the retention");
            Assert.That(ttl, Is.Not.Null.And.LessThanOrEqualTo(TimeSpan.FromHours(1)), "an idle log expires with its retention");
        });
    }

    [Test]
    public async Task Append_BeyondMaxEntries_KeepsTheNewestAndReadsThemInPagesInOrder()
    {
        await using var host = LogHost.Create(maxEntries: 1000);
        var (store, prefix) = (host.Store, host.Prefix);
        // 1,300 records, many sharing an instant: more than two pages of the same score must keep their order.
        for (var i = 0; i < 1300; i++)
        {
            await store.AppendAsync(Entry(Start.AddMilliseconds(i / 1000), "op" + i, 200, "service"));
        }

        var all = await ReadAsync(store, new ZoomSupportLogQuery());

        Assert.Multiple(() =>
        {
            Assert.That(RedisServer.Database.SortedSetLength(prefix + "supportlog"), Is.EqualTo(1000), "capped");
            Assert.That(all.Select(e => e.Operation), Is.EqualTo(Enumerable.Range(300, 1000).Select(i => "op" + i)), "the newest 1,000, in the order written");
        });
    }

    [Test]
    public async Task UseRedis_HostsOwnStoreOrFileStore_KeptUnlessUseRedisSupportLog()
    {
        var own = new ZoomInMemorySupportLogStore(10, TimeSpan.FromHours(1), TimeProvider.System);
        await using var withOwn = Provider(services =>
        {
            services.AddSingleton<IZoomSupportLogStore>(own);
            services.AddZoomConnector(o => o.Service.AccessToken = "t").AddSupportLog().UseRedis();
        });
        var folder = Path.Combine(Path.GetTempPath(), "zoom-redis-supportlog-" + Guid.NewGuid().ToString("N"));
        await using var withFiles = Provider(services => services.AddZoomConnector(o => o.Service.AccessToken = "t")
            .UseRedis().AddSupportLog(o => { o.Store = ZoomSupportLogStoreKind.File; o.Directory = folder; }));
        await using var replaced = Provider(services =>
        {
            services.AddSingleton<IZoomSupportLogStore>(own);
            services.AddZoomConnector(o => o.Service.AccessToken = "t").UseRedisSupportLog();
        });

        Assert.Multiple(() =>
        {
            Assert.That(withOwn.GetRequiredService<IZoomSupportLogStore>(), Is.SameAs(own));
            Assert.That(withFiles.GetRequiredService<IZoomSupportLogStore>(), Is.InstanceOf<ZoomFileSupportLogStore>());
            Assert.That(replaced.GetRequiredService<IZoomSupportLogStore>(), Is.InstanceOf<RedisZoomSupportLogStore>());
        });
    }

    [Test]
    public async Task Append_RedisLost_DoesNotThrow()
    {
        await using var lost = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200");
        await using var provider = Provider(services =>
        {
            services.AddSingleton<IConnectionMultiplexer>(lost);
            services.AddZoomConnector(o => o.Service.AccessToken = "t").UseRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>()).AddSupportLog();
        });
        var store = provider.GetRequiredService<IZoomSupportLogStore>();

        Assert.That(async () => await store.AppendAsync(Entry(Start, "users", 200, "service")), Throws.Nothing, "a support-log write never fails the call it describes");
    }

    private static ServiceProvider Instance(ZoomEmulator emulator, string prefix, bool redisFirst)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Zoom:Redis:Configuration"] = RedisServer.Configuration,
            ["Zoom:Redis:KeyPrefix"] = prefix,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton(emulator);
        var builder = services.AddZoomConnector(configuration.GetSection("Zoom")).UseZoomEmulator(o => o.UseServerToServerCredentials = true);
        _ = redisFirst ? builder.UseRedis().AddSupportLog() : builder.AddSupportLog().UseRedis();
        return services.BuildServiceProvider();
    }

    /// <summary>A host with only the Redis support log, on a fake clock and a key prefix of its own.</summary>
    private sealed class LogHost : IAsyncDisposable
    {
        private readonly ServiceProvider _provider;

        private LogHost(ServiceProvider provider, FakeTimeProvider time, string prefix)
        {
            _provider = provider;
            Time = time;
            Prefix = prefix;
        }

        public FakeTimeProvider Time { get; }

        public string Prefix { get; }

        public IZoomSupportLogStore Store => _provider.GetRequiredService<IZoomSupportLogStore>();

        public static LogHost Create(TimeSpan? retention = null, int maxEntries = 10_000)
        {
            var time = new FakeTimeProvider(Start);
            var prefix = RedisServer.NewPrefix();
            var provider = Provider(services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.AddZoomConnector(o => o.Service.AccessToken = "t").UseRedisSupportLog(o =>
                {
                    o.Retention = retention ?? TimeSpan.FromHours(24);
                    o.MaxEntries = maxEntries;
                });
                services.Configure<ZoomRedisOptions>(o => o.KeyPrefix = prefix);
            });
            return new LogHost(provider, time, prefix);
        }

        public ValueTask DisposeAsync() => _provider.DisposeAsync();
    }

    private static ServiceProvider Provider(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<ZoomRedisOptions>(o => o.Configuration = RedisServer.Configuration);
        configure(services);
        return services.BuildServiceProvider();
    }

    private static ZoomSupportLogEntry Entry(DateTimeOffset at, string operation, int status, string identity) => new()
    {
        Timestamp = at,
        Kind = operation.StartsWith("token:", StringComparison.Ordinal) ? ZoomSupportLogKinds.Token : ZoomSupportLogKinds.Api,
        IdentityKind = identity == "service" ? ZoomSupportLogIdentity.Service : ZoomSupportLogIdentity.User,
        IdentityKey = identity,
        Operation = operation,
        Method = "GET",
        Path = "/v2/users/me",
        Status = status,
        DurationMs = 3.5,
        RateLimitCategory = "Light",
        RateLimitRemaining = 29,
    };

    private static async Task<List<ZoomSupportLogEntry>> ReadAsync(IZoomSupportLogStore store, ZoomSupportLogQuery query)
    {
        var entries = new List<ZoomSupportLogEntry>();
        await foreach (var entry in store.QueryAsync(query))
        {
            entries.Add(entry);
        }

        return entries;
    }
}
