using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.SupportLog;

namespace Zoom.Connector.Tests.SupportLog;

public sealed class FileSupportLogStoreTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp() => _directory = Path.Combine(Path.GetTempPath(), "zoom-support-tests-" + Guid.NewGuid().ToString("N"), "log");

    [TearDown]
    public void TearDown()
    {
        var root = Path.GetDirectoryName(_directory)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 28, 12, 30, 0, TimeSpan.Zero));

    private static async Task<List<ZoomSupportLogEntry>> ReadAllAsync(ZoomFileSupportLogStore store, ZoomSupportLogQuery? query = null)
    {
        var entries = new List<ZoomSupportLogEntry>();
        await foreach (var entry in store.QueryAsync(query ?? new ZoomSupportLogQuery()))
        {
            entries.Add(entry);
        }

        return entries;
    }

    [Test]
    public async Task Append_ThenANewStoreOverTheFolder_ReadsTheRecordsBack()
    {
        var time = Clock();
        var first = new ZoomFileSupportLogStore(_directory, TimeSpan.FromHours(24), time);
        await first.AppendAsync(new ZoomSupportLogEntry { Timestamp = time.GetUtcNow(), Operation = "meeting", Status = 200, Path = "/v2/meetings/1" });
        time.Advance(TimeSpan.FromHours(1));
        await first.AppendAsync(new ZoomSupportLogEntry { Timestamp = time.GetUtcNow(), Operation = "token:account_credentials", Kind = ZoomSupportLogKinds.Token, Status = 200 });

        // A later process: a new store over the same folder.
        var later = new ZoomFileSupportLogStore(_directory, TimeSpan.FromHours(24), time);
        var entries = await ReadAllAsync(later);

        Assert.That(entries.Select(e => e.Operation), Is.EqualTo(new[] { "meeting", "token:account_credentials" }));
        Assert.That(entries[0].Path, Is.EqualTo("/v2/meetings/1"));
        Assert.That(Directory.GetFiles(_directory), Has.Length.EqualTo(2), "one file per UTC hour");
    }

    [Test]
    public async Task Append_OnUnix_FolderAndFilesAreOwnerOnly()
    {
        Assume.That(!OperatingSystem.IsWindows(), "Unix permissions only.");

        var time = Clock();
        var store = new ZoomFileSupportLogStore(_directory, TimeSpan.FromHours(24), time);
        await store.AppendAsync(new ZoomSupportLogEntry { Timestamp = time.GetUtcNow() });

        var file = Directory.GetFiles(_directory).Single();
#pragma warning disable CA1416 // Windows is excluded by the assumption above.
        Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(File.GetUnixFileMode(_directory), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
#pragma warning restore CA1416
    }

    [Test]
    public async Task Retention_OlderRecordsAndFiles_AreGone()
    {
        var time = Clock();
        var store = new ZoomFileSupportLogStore(_directory, TimeSpan.FromHours(24), time);
        await store.AppendAsync(new ZoomSupportLogEntry { Timestamp = time.GetUtcNow(), Operation = "old" });
        time.Advance(TimeSpan.FromHours(20));
        await store.AppendAsync(new ZoomSupportLogEntry { Timestamp = time.GetUtcNow(), Operation = "young" });

        time.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1));
        Assert.That((await ReadAllAsync(store)).Select(e => e.Operation), Is.EqualTo(new[] { "young" }), "past the retention a record is not returned");

        time.Advance(TimeSpan.FromHours(1));
        await store.AppendAsync(new ZoomSupportLogEntry { Timestamp = time.GetUtcNow(), Operation = "newest" });
        Assert.That(Directory.GetFiles(_directory).Select(Path.GetFileName), Has.None.EqualTo(ZoomFileSupportLogStore.FileName(time.GetUtcNow().AddHours(-25))),
            "the file of the expired hour is deleted by the next write");
        Assert.That(Directory.GetFiles(_directory), Has.Length.EqualTo(2));
    }

    [Test]
    public async Task Query_TornLineInTheFile_SkipsItAndKeepsTheOthers()
    {
        var time = Clock();
        var store = new ZoomFileSupportLogStore(_directory, TimeSpan.FromHours(24), time);
        await store.AppendAsync(new ZoomSupportLogEntry { Timestamp = time.GetUtcNow(), Operation = "before" });
        var file = Directory.GetFiles(_directory).Single();
        await File.AppendAllTextAsync(file, "{\"timestamp\":\"2026-11-28T12:3");
        await File.AppendAllTextAsync(file, "\n");
        await store.AppendAsync(new ZoomSupportLogEntry { Timestamp = time.GetUtcNow(), Operation = "after" });

        Assert.That((await ReadAllAsync(store)).Select(e => e.Operation), Is.EqualTo(new[] { "before", "after" }));
    }
}
