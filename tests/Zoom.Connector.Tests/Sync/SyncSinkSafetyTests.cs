using NUnit.Framework;
using System.Runtime.Versioning;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Tests.Sync;

[TestFixture]
public sealed class SyncSinkSafetyTests
{
    private const string GoodLine = "{\"op\":\"upsert\",\"type\":\"user\",\"id\":\"u1\",\"hash\":\"h1\",\"value\":{}}\n";
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "zoom-sync-safety-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task JsonLinesSink_TornLastLine_IsCutOnOpenReportedAndWritingGoesOn()
    {
        var path = Path.Combine(_dir, "torn.jsonl");
        const string torn = "{\"op\":\"upsert\",\"type\":\"user\",\"id\":\"u2\",\"ha";
        await File.WriteAllTextAsync(path, GoodLine + torn);
        var logger = new FakeLogger();

        using (var sink = new JsonLinesZoomSyncSink(path, logger))
        {
            var held = await Held(sink);
            await sink.UpsertUserAsync(new ZoomSyncRecord<Zoom.Connector.Models.ZoomUser>("u3", "h3", null, null, new Zoom.Connector.Models.ZoomUser { Id = "u3" }));

            Assert.Multiple(() =>
            {
                Assert.That(held, Is.EqualTo(new[] { "u1" }));
                Assert.That(sink.TruncatedBytes, Is.EqualTo(Encoding.UTF8.GetByteCount(torn)));
                Assert.That(logger.Collector.GetSnapshot().Single(r => r.Level == LogLevel.Warning).Message, Does.Contain("partial line").And.Contain("torn.jsonl"));
            });
        }

        using var reopened = new JsonLinesZoomSyncSink(path);
        Assert.Multiple(async () =>
        {
            Assert.That(await Held(reopened), Is.EquivalentTo(new[] { "u1", "u3" }));
            Assert.That(reopened.TruncatedBytes, Is.Zero);
            Assert.That(File.ReadAllText(path), Does.EndWith("\n").And.Not.Contain("\"ha\n"));
        });
    }

    [Test]
    public async Task JsonLinesSink_SaveCheckpoint_FlushesTheLinesToDiskBeforeTheCheckpoint()
    {
        var path = Path.Combine(_dir, "order.jsonl");
        using var sink = new JsonLinesZoomSyncSink(path);
        var flushed = new List<string>();
        sink.FlushedToDisk = flushed.Add;
        await sink.UpsertUserAsync(new ZoomSyncRecord<Zoom.Connector.Models.ZoomUser>("u1", "h1", null, null, new Zoom.Connector.Models.ZoomUser { Id = "u1" }));

        await sink.SaveCheckpointAsync(new ZoomSyncCheckpoint { Payload = "{}" });
        await sink.SaveCheckpointAsync(new ZoomSyncCheckpoint { Payload = "{}" });

        Assert.That(flushed, Is.EqualTo(new[] { sink.Path, sink.CheckpointPath, sink.CheckpointPath }), "lines first, and only when new lines were written");
    }

    [Test]
    [UnsupportedOSPlatform("windows")] // Unix file modes; the test is skipped there
    public async Task JsonLinesSink_NewFiles_AreReadableByTheirOwnerOnly()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix file modes");
        var path = Path.Combine(_dir, "private.jsonl");
        using var sink = new JsonLinesZoomSyncSink(path);

        await sink.UpsertUserAsync(new ZoomSyncRecord<Zoom.Connector.Models.ZoomUser>("u1", "h1", null, null, new Zoom.Connector.Models.ZoomUser { Id = "u1" }));
        await sink.SaveCheckpointAsync(new ZoomSyncCheckpoint { Payload = "{}" });

        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Multiple(() =>
        {
            Assert.That(File.GetUnixFileMode(sink.Path), Is.EqualTo(ownerOnly));
            Assert.That(File.GetUnixFileMode(sink.CheckpointPath), Is.EqualTo(ownerOnly));
        });
    }

    [Test]
    [UnsupportedOSPlatform("windows")] // Unix file modes; the test is skipped there
    public async Task JsonLinesSink_ExistingWorldReadableFile_IsTightenedOnOpen()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix file modes");
        var path = Path.Combine(_dir, "old.jsonl");
        await File.WriteAllTextAsync(path, GoodLine);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using var sink = new JsonLinesZoomSyncSink(path);

        await Held(sink);

        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public async Task FullSync_ByDefault_StoresNoPasscodeHostKeyOrEncryptedPasscode()
    {
        var path = Path.Combine(_dir, "sync.jsonl");
        using var sink = new JsonLinesZoomSyncSink(path);
        using var host = SyncTestHost.Create(FakeZoomAccount.Seeded(users: 2, meetingsPerUser: 2, recordingsPerUser: 1), sink);

        await host.Engine.RunAsync(ZoomSyncRequest.Full);

        var text = await File.ReadAllTextAsync(path);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("\"type\":\"meeting\"").And.Contain("\"type\":\"invitation\"").And.Contain("\"type\":\"recording\""));
            foreach (var secret in new[] { "p4ss", "h323-secret", "991199", "enc-secret", "778899", "rec-p4ss", "play-secret", "rec-enc-secret", "Passcode", "dynamic_host_key", "h323_password", "encrypted_password" })
            {
                Assert.That(text, Does.Not.Contain(secret), secret);
            }

            Assert.That(text, Does.Contain("Meeting ID: 1001").And.Contain("https://zoom.us/j/1001"), "the rest of the invitation stays");
        });
    }

    [Test]
    public async Task FullSync_IncludePasscodes_StoresPasscodesButNeverHostKeys()
    {
        var path = Path.Combine(_dir, "with-passcodes.jsonl");
        using var sink = new JsonLinesZoomSyncSink(path);
        using var host = SyncTestHost.Create(FakeZoomAccount.Seeded(users: 1, meetingsPerUser: 1, recordingsPerUser: 1), sink, o => o.IncludePasscodes = true);

        await host.Engine.RunAsync(ZoomSyncRequest.Full);

        var text = await File.ReadAllTextAsync(path);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("p4ss").And.Contain("Passcode: p4ss").And.Contain("rec-p4ss").And.Contain("play-secret"));
            foreach (var secret in new[] { "h323-secret", "encrypted_password", "dynamic_host_key", "778899" })
            {
                Assert.That(text, Does.Not.Contain(secret), secret);
            }
        });
    }

    private static async Task<List<string>> Held(JsonLinesZoomSyncSink sink)
    {
        var ids = new List<string>();
        await foreach (var record in sink.GetHeldAsync(ZoomSyncEntityType.User))
        {
            ids.Add(record.Id);
        }

        return ids;
    }
}
