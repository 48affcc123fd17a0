using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Redis.Tests;

/// <summary>The sync change journal on Redis: shared by the fleet and kept across a restart.</summary>
public sealed class SyncChangeJournalTests
{
    [OneTimeSetUp]
    public void RequireRedis() => RedisServer.Require();

    [Test]
    public async Task Journal_MarkOnOneInstance_SeenByAnotherAndANewerMarkSurvivesAnOlderClear()
    {
        using var fleet = new FleetHost(2);
        var a = fleet.Instances[0].GetRequiredService<IZoomSyncChangeJournal>();
        var b = fleet.Instances[1].GetRequiredService<IZoomSyncChangeJournal>();

        await a.MarkMeetingAsync(42);
        var first = (await b.GetMarkedMeetingsAsync())[42];
        await a.MarkMeetingAsync(42); // changed again while a run re-reads it
        var staleClear = await b.ClearMeetingAsync(42, first);
        var restarted = fleet.NewInstance().GetRequiredService<IZoomSyncChangeJournal>();
        var afterRestart = await restarted.GetMarkedMeetingsAsync();
        var clear = await restarted.ClearMeetingAsync(42, afterRestart[42]);
        var left = await a.GetMarkedMeetingsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(a, Is.InstanceOf<RedisZoomSyncChangeJournal>());
            Assert.That(staleClear, Is.False, "a mark made after the run read its stamp stays");
            Assert.That(afterRestart.Keys, Is.EqualTo(new[] { 42L }));
            Assert.That(afterRestart[42], Is.GreaterThan(first));
            Assert.That(clear, Is.True);
            Assert.That(left, Is.Empty);
        });
    }

    [Test]
    public async Task IncrementalSync_SettingsEditedThroughOneInstanceThenRestart_TheNewInstanceEmitsIt()
    {
        var emulator = new ZoomEmulator(new ZoomEmulatorOptions { Seed = 15, UserCount = 3, MeetingsPerUser = 2, RecordingsPerUser = 0 });
        var prefix = RedisServer.NewPrefix();
        var sink = new InMemoryZoomSyncSink();
        var keyRing = new EphemeralDataProtectionProvider();
        var incremental = new ZoomSyncRequest { Kind = ZoomSyncKind.Incremental, Entities = ZoomSyncEntities.Users | ZoomSyncEntities.Meetings | ZoomSyncEntities.Invitations };
        var meeting = emulator.Meetings.First(m => m.Type == MeetingType.Scheduled);
        var muted = !(meeting.Settings?.MuteUponEntry ?? false);

        using (var first = Instance(emulator, prefix, sink, keyRing))
        {
            await first.GetRequiredService<IZoomSyncTrigger>().RunAsync(incremental with { Kind = ZoomSyncKind.Full });
            await first.GetRequiredService<IZoomMeetingsApi>().UpdateMeetingAsync(meeting.Id, new MeetingUpdateRequest { Settings = new MeetingSettings { MuteUponEntry = muted } });
        }

        using var second = Instance(emulator, prefix, sink, keyRing);
        var summary = await second.GetRequiredService<IZoomSyncTrigger>().RunAsync(incremental);
        var left = await second.GetRequiredService<IZoomSyncChangeJournal>().GetMarkedMeetingsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(summary.Entities[ZoomSyncEntityType.Meeting].Upserted, Is.EqualTo(1));
            Assert.That(sink.Meetings[meeting.Id.ToString(CultureInfo.InvariantCulture)].Value.Settings!.MuteUponEntry, Is.EqualTo(muted));
            Assert.That(left, Is.Empty, "cleared once the sink holds the change");
        });
    }

    private static ServiceProvider Instance(ZoomEmulator emulator, string prefix, IZoomSyncSink sink, IDataProtectionProvider keyRing)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Zoom:Redis:Configuration"] = RedisServer.Configuration,
            ["Zoom:Redis:KeyPrefix"] = prefix,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton(emulator);
        services.AddZoomConnector(configuration.GetSection("Zoom"))
            .UseZoomEmulator()
            .UseRedis()
            .AddSync()
            .AddSyncSink(sink);
        services.AddSingleton(keyRing);
        return services.BuildServiceProvider();
    }
}
