using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;
using Zoom.Connector.Tests.Infrastructure;
using Zoom.Connector.Scheduling;

namespace Zoom.Connector.Tests.Sync;

[TestFixture]
public sealed class SyncSinkAndWriteThroughTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "zoom-sync-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task JsonLinesSink_FullSync_WritesOneJsonObjectPerLineAndAnAtomicCheckpoint()
    {
        var path = Path.Combine(_dir, "zoom.jsonl");
        using (var sink = new JsonLinesZoomSyncSink(path))
        using (var host = SyncTestHost.Create(sink: sink))
        {
            await host.Engine.RunAsync(ZoomSyncRequest.Full);
        }

        var lines = await File.ReadAllLinesAsync(path);
        var parsed = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(3 + 9 + 9 + 6));
            Assert.That(parsed.Count(p => p.GetProperty("type").GetString() == "meeting"), Is.EqualTo(9));
            Assert.That(parsed.All(p => p.GetProperty("op").GetString() == "upsert"), Is.True);
            Assert.That(parsed.First(p => p.GetProperty("type").GetString() == "meeting").GetProperty("value").GetProperty("topic").GetString(), Does.StartWith("Topic"));
            Assert.That(string.Join("\n", lines), Does.Not.Contain("zak="), "start_url is not written");
            Assert.That(File.Exists(path + ".checkpoint.json"), Is.True);
            Assert.That(Directory.GetFiles(_dir, "*.tmp"), Is.Empty);
        });
    }

    [Test]
    public async Task JsonLinesSink_ReopenedOnTheSameFile_KnowsWhatItHoldsAndEmitsOnlyChanges()
    {
        var path = Path.Combine(_dir, "zoom.jsonl");
        var account = FakeZoomAccount.Seeded();
        using (var sink = new JsonLinesZoomSyncSink(path))
        using (var host = SyncTestHost.Create(account, sink))
        {
            await host.Engine.RunAsync(ZoomSyncRequest.Full);
        }

        var before = (await File.ReadAllLinesAsync(path)).Length;
        account.Meetings.Single(m => m.Id == 2002).Agenda = "New agenda";
        account.Meetings.RemoveAll(m => m.Id == 3003);
        ZoomSyncSummary summary;
        using (var sink = new JsonLinesZoomSyncSink(path))
        using (var host = SyncTestHost.Create(account, sink))
        {
            summary = await host.Engine.RunAsync(ZoomSyncRequest.Full);
        }

        var added = (await File.ReadAllLinesAsync(path)).Skip(before).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(added.Select(a => $"{a.GetProperty("op").GetString()} {a.GetProperty("type").GetString()} {a.GetProperty("id").GetString()}"),
                Is.EquivalentTo(new[] { "upsert meeting 2002", "delete meeting 3003", "delete invitation 3003" }));
        });
    }

    [Test]
    public async Task JsonLinesSink_SaveCheckpoint_ReplacesTheWholeFile()
    {
        using var sink = new JsonLinesZoomSyncSink(Path.Combine(_dir, "a.jsonl"));

        await sink.SaveCheckpointAsync(new ZoomSyncCheckpoint { Payload = "{\"version\":1,\"long\":\"" + new string('x', 500) + "\"}" });
        await sink.SaveCheckpointAsync(new ZoomSyncCheckpoint { Payload = "{\"version\":1}" });

        Assert.That((await sink.LoadCheckpointAsync())!.Payload, Is.EqualTo("{\"version\":1}"));
    }

    [Test]
    public async Task JsonLinesSink_CorruptLine_ThrowsNamingFileAndLine()
    {
        var path = Path.Combine(_dir, "bad.jsonl");
        await File.WriteAllTextAsync(path, "{\"op\":\"upsert\",\"type\":\"user\",\"id\":\"u1\",\"hash\":\"h\",\"value\":{}}\nnot json\n");
        using var sink = new JsonLinesZoomSyncSink(path);

        var ex = Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var _ in sink.GetHeldAsync(ZoomSyncEntityType.User))
            {
            }
        });

        Assert.That(ex!.Message, Does.Contain("bad.jsonl").And.Contain("line 2"));
    }

    [Test]
    public async Task MeetingChangeListener_MeetingCreated_IsInTheSinkBeforeTheCallReturns()
    {
        using var host = SyncTestHost.Create();
        var listener = host.Host.Services.GetServices<IMeetingChangeListener>().Single();
        var created = new Meeting { Id = 8_123_456_789, HostId = "user1", Topic = "Planning", StartUrl = "https://zoom.us/s/8123456789?zak=secret", Type = MeetingType.Scheduled };

        await listener.OnMeetingUpsertedAsync(created);

        Assert.Multiple(() =>
        {
            Assert.That(host.Memory.Meetings["8123456789"].Value.Topic, Is.EqualTo("Planning"));
            Assert.That(host.Memory.Meetings["8123456789"].ParentId, Is.EqualTo("user1"));
            Assert.That(host.Memory.Meetings["8123456789"].Value.StartUrl, Is.Null);
        });
    }

    [Test]
    public async Task MeetingChangeListener_MeetingDeleted_IsGoneFromTheSink()
    {
        using var host = SyncTestHost.Create();
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        var listener = host.Host.Services.GetServices<IMeetingChangeListener>().Single();

        await listener.OnMeetingDeletedAsync(1001, null);

        Assert.Multiple(() =>
        {
            Assert.That(host.Memory.Meetings.ContainsKey("1001"), Is.False);
            Assert.That(host.Memory.Invitations.ContainsKey("1001"), Is.False);
        });
    }

    [Test]
    public async Task MeetingChangeListener_OccurrenceDeleted_StoresZoomsCurrentMeeting()
    {
        var account = FakeZoomAccount.Seeded();
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        account.Meetings.Single(m => m.Id == 1001).Topic = "One occurrence fewer";
        var listener = host.Host.Services.GetServices<IMeetingChangeListener>().Single();

        await listener.OnMeetingDeletedAsync(1001, "1764324000000");

        Assert.That(host.Memory.Meetings["1001"].Value.Topic, Is.EqualTo("One occurrence fewer"));
    }

    [Test]
    public async Task MeetingChangeListener_AfterWriteThrough_IncrementalSyncFetchesTheMissingInvitationOnce()
    {
        var account = FakeZoomAccount.Seeded(users: 1, meetingsPerUser: 1);
        using var host = SyncTestHost.Create(account);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        var fresh = new FakeMeeting(1777, "user1", "Created through scheduling", SyncTestHost.Now.AddDays(2));
        account.Meetings.Add(fresh);
        var listener = host.Host.Services.GetServices<IMeetingChangeListener>().Single();
        await listener.OnMeetingUpsertedAsync(new Meeting { Id = 1777, HostId = "user1", Topic = fresh.Topic });

        var first = await host.Engine.RunAsync(ZoomSyncRequest.Incremental);
        var second = await host.Engine.RunAsync(ZoomSyncRequest.Incremental);

        Assert.Multiple(() =>
        {
            Assert.That(host.Memory.Invitations.ContainsKey("1777"), Is.True);
            Assert.That(first.Entities[ZoomSyncEntityType.Invitation].Upserted, Is.EqualTo(1));
            Assert.That(second.Entities[ZoomSyncEntityType.Meeting].Upserted + second.Entities[ZoomSyncEntityType.Invitation].Upserted, Is.Zero);
        });
    }

    [Test]
    public void AddSync_WithoutASink_ResolvingTheEngineNamesTheFix()
    {
        using var host = ZoomTestHost.Create(services: s => s.AddZoomConnector().AddSync());

        var ex = Assert.Throws<InvalidOperationException>(() => host.Get<IZoomSyncEngine>());

        Assert.That(ex!.Message, Does.Contain("AddSyncSink"));
    }

    [Test]
    public void AddSync_WithoutASink_RegistersNoWriteThroughListener()
    {
        using var host = ZoomTestHost.Create(services: s => s.AddZoomConnector().AddSync());

        Assert.That(host.Services.GetServices<IMeetingChangeListener>(), Is.Empty);
    }

    [TestCase("FullEvery", "00:00:00", "Zoom:Sync:FullEvery")]
    [TestCase("MaxDegreeOfParallelism", "0", "Zoom:Sync:MaxDegreeOfParallelism")]
    [TestCase("MaxDeleteShare", "1.5", "Zoom:Sync:MaxDeleteShare")]
    [TestCase("PageSize", "301", "Zoom:Sync:PageSize")]
    [TestCase("DetailRefreshPerRun", "-1", "Zoom:Sync:DetailRefreshPerRun")]
    [TestCase("DetailRefreshPerRun", "10001", "Zoom:Sync:DetailRefreshPerRun")]
    [TestCase("WindowStart", "22:00:00", "Zoom:Sync:WindowEnd")]
    public void AddSync_BadOption_FailsNamingTheKey(string property, string value, string key)
    {
        using var host = SyncTestHost.Create(configure: o =>
        {
            var prop = typeof(ZoomSyncOptions).GetProperty(property)!;
            var type = Nullable.GetUnderlyingType(prop.PropertyType) ?? prop.PropertyType;
            object parsed = type == typeof(TimeSpan)
                ? TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture)
                : Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture);
            prop.SetValue(o, parsed);
        });

        var ex = Assert.Throws<OptionsValidationException>(() => _ = host.Host.Get<IOptions<ZoomSyncOptions>>().Value);

        Assert.That(ex!.Message, Does.Contain(key));
    }

    [Test]
    public async Task TriggerRunAsync_WithCallback_ReportsProgressAndReturnsTheSummary()
    {
        using var host = SyncTestHost.Create();
        var calls = 0;

        var summary = await host.Trigger.RunAsync(ZoomSyncRequest.Full, _ => calls++);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(calls, Is.EqualTo(4));
        });
    }

    [Test]
    public void TriggerRunAsync_FatalError_Throws()
    {
        var account = FakeZoomAccount.Seeded();
        account.Failures["GET /users"] = (HttpStatusCode.Forbidden, 4700, "Invalid access token, does not contain scopes.");
        using var host = SyncTestHost.Create(account);

        Assert.ThrowsAsync<ZoomSyncException>(async () => await host.Trigger.RunNowAsync(ZoomSyncKind.Full));
    }
}
