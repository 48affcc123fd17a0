using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Health;
using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Tests.Health;

/// <summary>The connector's health checks against the Zoom emulator, through the real DI and HealthCheckService.</summary>
[TestFixture]
public sealed class ZoomHealthCheckTests
{
    private const string WrongSecret = "not-the-emulator-secret-4711";

    [Test]
    public async Task Check_ServerToServerIdentityAndNoSyncRunYet_AllHealthyAndProbesReuseTheCachedToken()
    {
        using var env = HealthEnv.Create();

        var first = await env.CheckAsync();
        var second = await env.CheckAsync();
        env.Time.Advance(TimeSpan.FromMinutes(5));
        var third = await env.CheckAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.Status, Is.EqualTo(HealthStatus.Healthy), Describe(first));
            Assert.That(first.Entries.Keys, Is.EquivalentTo(new[] { ZoomHealthChecks.ServiceToken, ZoomHealthChecks.Budget, ZoomHealthChecks.Sync }));
            Assert.That(first.Entries[ZoomHealthChecks.ServiceToken].Data["identity_kind"], Is.EqualTo("server_to_server"));
            Assert.That(second.Status, Is.EqualTo(HealthStatus.Healthy));
            Assert.That(third.Status, Is.EqualTo(HealthStatus.Healthy));
            Assert.That(env.TokenRequests, Is.EqualTo(1), "one token for three probes: the cached token costs no call to Zoom");
        });
    }

    [Test]
    public async Task ServiceToken_TokenEndpointRefusesTheCredentials_UnhealthyNamingTheKeysNeverTheSecret()
    {
        using var env = HealthEnv.Create(wrongSecret: true);

        var report = await env.CheckAsync();

        var token = report.Entries[ZoomHealthChecks.ServiceToken];
        Assert.Multiple(() =>
        {
            Assert.That(report.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(token.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(token.Description, Does.Contain("invalid_client")
                .And.Contain("Zoom:Service:AccountId").And.Contain("Zoom:Service:ClientId").And.Contain("Zoom:Service:ClientSecret"));
            Assert.That(token.Data["last_failure_at"], Is.EqualTo(env.Time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(token.Data["last_failure_error"], Is.EqualTo("invalid_client"));
            Assert.That(Describe(report), Does.Not.Contain(WrongSecret).And.Not.Contain(env.Emulator.ClientSecret));
        });
    }

    [Test]
    public async Task ServiceToken_RefusedCredentials_AtMostOneTokenRequestPerProbeInterval()
    {
        using var env = HealthEnv.Create(wrongSecret: true);

        for (var i = 0; i < 5; i++)
        {
            await env.CheckAsync();
            env.Time.Advance(TimeSpan.FromSeconds(5));
        }

        var withinOneInterval = env.TokenRequests;
        env.Time.Advance(TimeSpan.FromSeconds(10));   // 35 s after the first probe: the 30 s interval is over
        var later = await env.CheckAsync();

        Assert.Multiple(() =>
        {
            Assert.That(withinOneInterval, Is.EqualTo(1), "five probes within 25 s: one token request");
            Assert.That(env.TokenRequests, Is.EqualTo(2), "the next interval asks once more");
            Assert.That(later.Entries[ZoomHealthChecks.ServiceToken].Status, Is.EqualTo(HealthStatus.Unhealthy));
        });
    }

    [Test]
    public async Task ServiceToken_ARequestWasRefusedAToken_ProbeReportsItWithoutAskingZoom()
    {
        using var env = HealthEnv.Create(wrongSecret: true);
        var users = env.Services.GetRequiredService<IZoomUsersApi>();

        Assert.That(async () => await users.GetUserAsync(ZoomUserIds.Me), Throws.InstanceOf<Zoom.Connector.Authentication.ZoomOAuthException>());
        var afterRequest = env.TokenRequests;
        var report = await env.CheckAsync();

        Assert.Multiple(() =>
        {
            Assert.That(report.Entries[ZoomHealthChecks.ServiceToken].Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(env.TokenRequests, Is.EqualTo(afterRequest), "the request's failure is the probe's answer");
        });
    }

    [Test]
    public async Task Sync_AfterAVetoedRun_DegradedThenHealthyOnceAGoodRunFollows()
    {
        using var env = HealthEnv.Create(sync: true);
        var trigger = env.Services.GetRequiredService<IZoomSyncTrigger>();
        var first = await trigger.RunNowAsync(ZoomSyncKind.Full);
        foreach (var meeting in env.Emulator.Meetings)
        {
            env.Emulator.DeleteMeeting(meeting.Id);
        }

        var vetoed = await trigger.RunNowAsync(ZoomSyncKind.Full);
        var report = await env.CheckAsync();
        await trigger.ConfirmVetoedDeletionsAsync(vetoed.RunId);
        var good = await trigger.RunNowAsync(ZoomSyncKind.Full);
        var after = await env.CheckAsync();

        var sync = report.Entries[ZoomHealthChecks.Sync];
        Assert.Multiple(() =>
        {
            Assert.That(first.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(vetoed.Outcome, Is.EqualTo(ZoomSyncOutcome.Vetoed));
            Assert.That(report.Status, Is.EqualTo(HealthStatus.Degraded), Describe(report));
            Assert.That(sync.Status, Is.EqualTo(HealthStatus.Degraded));
            Assert.That(sync.Description, Does.Contain("vetoed").And.Contain("ConfirmVetoedDeletionsAsync"));
            Assert.That(sync.Data["last_run_outcome"], Is.EqualTo("vetoed"));
            Assert.That(good.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(after.Status, Is.EqualTo(HealthStatus.Healthy), Describe(after));
        });
    }

    [Test]
    public async Task Sync_NoRunWithinTwiceTheScheduleAfterStart_Degraded()
    {
        using var env = HealthEnv.Create(sync: true);
        _ = env.Services.GetRequiredService<IZoomSyncTrigger>();   // built at start-up, as the schedule's hosted service does

        env.Time.Advance(TimeSpan.FromMinutes(29));
        var early = await env.CheckAsync();
        env.Time.Advance(TimeSpan.FromMinutes(2));
        var late = await env.CheckAsync();

        Assert.Multiple(() =>
        {
            Assert.That(early.Entries[ZoomHealthChecks.Sync].Status, Is.EqualTo(HealthStatus.Healthy), "within twice the 15-minute incremental schedule");
            Assert.That(late.Entries[ZoomHealthChecks.Sync].Status, Is.EqualTo(HealthStatus.Degraded));
            Assert.That(late.Entries[ZoomHealthChecks.Sync].Description, Does.Contain("No sync run has ended"));
        });
    }

    [Test]
    public async Task Sync_NotRegistered_Healthy()
    {
        using var env = HealthEnv.Create(sync: false);

        var report = await env.CheckAsync();

        Assert.That(report.Entries[ZoomHealthChecks.Sync].Status, Is.EqualTo(HealthStatus.Healthy));
    }

    [Test]
    public async Task Budget_AfterZoomsDaily429_DegradedWithCountsAndNoIdOfAPerson()
    {
        using var env = HealthEnv.Create(dailyWrites: 1);
        var meetings = env.Services.GetRequiredService<IZoomMeetingsApi>();
        var host = env.Emulator.Users.First(u => u.Id is not null && u.Status == UserStatus.Active);
        var request = new MeetingCreateRequest { Topic = "Budget", Type = MeetingType.Scheduled, StartTime = DateTime.UtcNow.AddDays(1), Duration = 30, Timezone = "UTC" };

        var before = await env.CheckAsync();
        await meetings.CreateMeetingAsync(host.Id!, request);
        Assert.That(async () => await meetings.CreateMeetingAsync(host.Id!, request), Throws.InstanceOf<ZoomRateLimitException>());
        var report = await env.CheckAsync();

        var budget = report.Entries[ZoomHealthChecks.Budget];
        Assert.Multiple(() =>
        {
            Assert.That(before.Entries[ZoomHealthChecks.Budget].Status, Is.EqualTo(HealthStatus.Healthy));
            Assert.That(budget.Status, Is.EqualTo(HealthStatus.Degraded));
            Assert.That(budget.Data["rate_limited_recent"], Is.EqualTo(1));
            Assert.That(budget.Data["rate_limited_daily_recent"], Is.EqualTo(1));
            Assert.That(budget.Data["hosts_at_daily_cap"], Is.EqualTo(1));
            Assert.That(budget.Data["queued_requests"], Is.EqualTo(0));
            Assert.That(budget.Description, Does.Contain("429"));
            Assert.That(Describe(report), Does.Not.Contain(host.Id!).And.Not.Contain(host.Email!));
        });
    }

    [Test]
    public async Task Budget_PerSecond429_DegradedUntilTheWindowHasPassed()
    {
        using var env = HealthEnv.Create(requestsPerSecond: 1);
        var users = env.Services.GetRequiredService<IZoomUsersApi>();

        await users.GetUserAsync(ZoomUserIds.Me);
        Assert.That(async () => await users.GetUserAsync(ZoomUserIds.Me), Throws.InstanceOf<ZoomRateLimitException>(), "the emulator's second request in one second");
        var during = await env.CheckAsync();
        env.Time.Advance(TimeSpan.FromMinutes(6));
        var after = await env.CheckAsync();

        Assert.Multiple(() =>
        {
            Assert.That(during.Entries[ZoomHealthChecks.Budget].Status, Is.EqualTo(HealthStatus.Degraded));
            Assert.That(during.Entries[ZoomHealthChecks.Budget].Data["rate_limited_qps_recent"], Is.EqualTo(1));
            Assert.That(after.Entries[ZoomHealthChecks.Budget].Status, Is.EqualTo(HealthStatus.Healthy), "the 5-minute window has passed and no host is held");
        });
    }

    [Test]
    public void Options_NonPositiveInterval_FailsNamingTheKey()
    {
        var services = new ServiceCollection();
        services.AddZoomConnector(o => o.Service.AccessToken = "t").AddZoomHealthChecks(o => o.TokenProbeInterval = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => _ = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ZoomHealthCheckOptions>>().Value);

        Assert.That(failure!.Message, Does.Contain("Zoom:Health:TokenProbeInterval"));
    }

    [Test]
    public void AddZoomHealthChecks_CalledTwice_RegistersEachCheckOnce()
    {
        var services = new ServiceCollection();
        services.AddZoomConnector(o => o.Service.AccessToken = "t").AddZoomHealthChecks().AddZoomHealthChecks();
        using var provider = services.BuildServiceProvider();

        var names = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>().Value.Registrations.Select(r => r.Name);

        Assert.That(names, Is.EquivalentTo(new[] { ZoomHealthChecks.ServiceToken, ZoomHealthChecks.Budget, ZoomHealthChecks.Sync }));
    }

    private static string Describe(HealthReport report)
        => string.Join("\n", report.Entries.Select(e => $"{e.Key}: {e.Value.Status} {e.Value.Description} " +
            string.Join(", ", e.Value.Data.Select(d => $"{d.Key}={d.Value}"))));

    private sealed class HealthEnv : IDisposable
    {
        private HealthEnv(ServiceProvider services, FakeTimeProvider time, ZoomEmulator emulator)
        {
            Services = services;
            Time = time;
            Emulator = emulator;
        }

        public ServiceProvider Services { get; }

        public FakeTimeProvider Time { get; }

        public ZoomEmulator Emulator { get; }

        public int TokenRequests => Emulator.Requests.Count(r => r.PathAndQuery.StartsWith("/oauth/token", StringComparison.Ordinal));

        public static HealthEnv Create(bool wrongSecret = false, bool sync = false, int dailyWrites = 100, int? requestsPerSecond = null)
        {
            var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var emulator = new ZoomEmulator(new ZoomEmulatorOptions { Seed = 5, UserCount = 3, MeetingsPerUser = 2, RecordingsPerUser = 1, DailyMeetingWritesPerHost = dailyWrites, RequestsPerSecond = requestsPerSecond }, time);
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton(emulator);
            var builder = services.AddZoomConnector(o =>
                {
                    o.Service.AccountId = emulator.ServiceAccountId;
                    o.Service.ClientId = emulator.ClientId;
                    o.Service.ClientSecret = wrongSecret ? WrongSecret : emulator.ClientSecret;
                })
                .AddRateLimiting(o => o.PermitsPerWindow = 100_000)
                .AddResilience(o => o.MaxRetryAttempts = 0)   // a 429 surfaces at once, without waiting on the real clock
                .UseZoomEmulator()
                .AddZoomHealthChecks();
            if (sync)
            {
                builder.AddSync(o => o.MaxDegreeOfParallelism = 2).AddSyncSink(new InMemoryZoomSyncSink());
            }

            return new HealthEnv(services.BuildServiceProvider(validateScopes: true), time, emulator);
        }

        public Task<HealthReport> CheckAsync()
            => Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains(ZoomHealthChecks.Tag));

        public void Dispose() => Services.Dispose();
    }
}
