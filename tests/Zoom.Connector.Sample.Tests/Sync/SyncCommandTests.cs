using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Sample.Tests.Sync;

[TestFixture]
public sealed class SyncCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private ZoomEmulator _emulator = null!;
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _emulator = new ZoomEmulator(new ZoomEmulatorOptions { UserCount = 12, MeetingsPerUser = 3, RecordingsPerUser = 1 }, new FakeTimeProvider(Now));
        _folder = Path.Combine(Path.GetTempPath(), "zoom-sample-sync-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    private string OutFile => Path.Combine(_folder, "zoom.jsonl");

    /// <summary>
    /// The connector's rate limiter paces on the system clock (55/s by default), so these runs of a few hundred requests
    /// would wait seconds of wall time; a generous budget keeps them fast. The limiter itself is tested with the connector.
    /// </summary>
    private static readonly Dictionary<string, string?> FastBudget = new() { ["Zoom:RateLimit:PermitsPerWindow"] = "10000" };

    private int ActiveUsers => _emulator.Users.Count(u => u.Status == UserStatus.Active && u.Id is not null);

    /// <summary>Sync lists users of every status (Zoom:Sync:UserStatuses defaults to all three).</summary>
    private int AllUsers => _emulator.Users.Count;

    /// <summary>Meetings and recordings are read for active and inactive users; pending users have none.</summary>
    private int WalkedUsers => _emulator.Users.Count(u => u.Status != UserStatus.Pending);

    private sealed record Run(int ExitCode, string Stdout, string Stderr)
    {
        public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement.Clone();

        public long Count(string entity, string counter) => Json().GetProperty("entities").GetProperty(entity).GetProperty(counter).GetInt64();
    }

    private async Task<Run> RunAsync(string[] args, Action<IServiceCollection>? extra = null, CancellationToken cancellationToken = default)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await SampleApp.RunAsync(args, stdout, stderr, services =>
        {
            services.AddSingleton<TimeProvider>(_emulator.TimeProvider);
            services.AddSingleton(_emulator);
            extra?.Invoke(services);
        }, new ConfigurationBuilder().AddInMemoryCollection(FastBudget).Build(), cancellationToken);
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    private Task<Run> RunAsync(params string[] args) => RunAsync(args, null);

    private List<JsonElement> OutLines()
        => [.. File.ReadAllLines(OutFile).Select(static l => JsonDocument.Parse(l).RootElement.Clone())];

    [Test]
    public async Task Sync_FullText_PrintsProgressOnStderrAndTheSummaryTableOnStdout()
    {
        var run = await RunAsync("sync");

        var users = AllUsers.ToString(CultureInfo.InvariantCulture);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stdout, Does.StartWith("Full sync completed ("));
        Assert.That(run.Stdout, Does.Match(@"│ users\s+│ " + users + @"\s+│ " + users + @"\s+│ 0\s+│ 0\s+│ 0\s+│"));
        Assert.That(run.Stdout, Does.Contain("│ meetings").And.Contain("│ invitations").And.Contain("│ recordings"));
        var walked = WalkedUsers.ToString(CultureInfo.InvariantCulture); // progress counts users whose meetings and recordings are read
        Assert.That(run.Stderr, Does.Contain($"Progress: {walked}/{walked} users, "));
        Assert.That(run.Stdout, Does.Not.Contain("Progress:"));
    }

    [Test]
    public async Task Sync_Json_PrintsExactlyOneSummaryDocument()
    {
        var run = await RunAsync("sync", "--json");

        var json = run.Json();
        var meetingLists = _emulator.Requests.Count(r => r.PathAndQuery.Contains("/meetings?", StringComparison.Ordinal));
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(json.GetProperty("kind").GetString(), Is.EqualTo("full"));
        Assert.That(json.GetProperty("outcome").GetString(), Is.EqualTo("completed"));
        Assert.That(json.GetProperty("requests").GetInt64(), Is.EqualTo(_emulator.Requests.Count));
        Assert.That(json.GetProperty("veto").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(run.Count("users", "upserted"), Is.EqualTo(AllUsers));
        Assert.That(run.Count("meetings", "upserted"), Is.Positive.And.EqualTo(run.Count("meetings", "seen")));
        Assert.That(run.Count("invitations", "upserted"), Is.EqualTo(run.Count("meetings", "upserted")));
        Assert.That(run.Count("recordings", "upserted"), Is.Positive);
        Assert.That(meetingLists, Is.EqualTo(WalkedUsers));
    }

    [Test]
    public async Task Sync_EntitiesUsers_SyncsOnlyUsersAndCallsNoMeetingOrRecordingEndpoint()
    {
        var run = await RunAsync("sync", "--entities", "users", "--json", "--out", OutFile);

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Count("users", "upserted"), Is.EqualTo(AllUsers));
        Assert.That(run.Count("meetings", "seen") + run.Count("invitations", "seen") + run.Count("recordings", "seen"), Is.Zero);
        Assert.That(_emulator.Requests.Select(r => r.PathAndQuery), Has.None.Contains("/meetings"));
        Assert.That(_emulator.Requests.Select(r => r.PathAndQuery), Has.None.Contains("/recordings"));
        Assert.That(OutLines().Select(l => l.GetProperty("type").GetString()), Has.All.EqualTo("user"));
        Assert.That(OutLines(), Has.Count.EqualTo(AllUsers));
    }

    [Test]
    public async Task Sync_OutThenIncremental_SecondRunEmitsNothingNew()
    {
        var first = await RunAsync("sync", "--out", OutFile, "--json");
        var linesAfterFirst = OutLines().Count;

        var second = await RunAsync("sync", "--incremental", "--out", OutFile, "--json");

        Assert.That(first.ExitCode, Is.Zero, first.Stderr);
        Assert.That(second.ExitCode, Is.Zero, second.Stderr);
        Assert.That(linesAfterFirst, Is.EqualTo(first.Json().GetProperty("entities").EnumerateObject().Sum(e => e.Value.GetProperty("upserted").GetInt64())));
        Assert.That(second.Json().GetProperty("kind").GetString(), Is.EqualTo("incremental"));
        Assert.That(second.Json().GetProperty("entities").EnumerateObject().Select(e => e.Value.GetProperty("upserted").GetInt64() + e.Value.GetProperty("deleted").GetInt64()), Has.All.Zero);
        Assert.That(second.Count("meetings", "unchanged"), Is.EqualTo(first.Count("meetings", "upserted")));
        Assert.That(OutLines(), Has.Count.EqualTo(linesAfterFirst));
        Assert.That(second.Json().GetProperty("checkpoint").GetString(), Is.EqualTo(OutFile + ".checkpoint.json"));
        Assert.That(File.Exists(OutFile + ".checkpoint.json"), Is.True);
    }

    [Test]
    public async Task Sync_OutThenIncrementalAfterAChange_EmitsOnlyTheChangedMeeting()
    {
        await RunAsync("sync", "--out", OutFile);
        var lines = OutLines().Count;
        var changed = _emulator.Meetings.First(m => m.HostId == _emulator.AdminUserId && m.Type == MeetingType.Scheduled);
        _emulator.UpdateMeeting(changed.Id, m => m with { Topic = "Renamed between runs" });

        var run = await RunAsync("sync", "--incremental", "--out", OutFile, "--json");

        var added = OutLines().Skip(lines).ToList();
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Count("meetings", "upserted"), Is.EqualTo(1));
        Assert.That(added.Where(l => l.GetProperty("type").GetString() == "meeting").Select(l => l.GetProperty("id").GetString()),
            Is.EqualTo(new[] { changed.Id.ToString(CultureInfo.InvariantCulture) }));
    }

    [Test]
    public async Task Sync_CancelledHalfWayWithOut_NextRunResumesAndEveryRecordIsInTheFileOnce()
    {
        var last = _emulator.Users.Last(u => u.Status == UserStatus.Active && u.Id is not null);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _emulator.Faults.Delay(TimeSpan.FromMinutes(5), request =>
        {
            var hit = request.RequestUri!.AbsolutePath.EndsWith($"/users/{last.Id}/meetings", StringComparison.Ordinal);
            if (hit)
            {
                held.TrySetResult();
            }

            return hit;
        });
        using var stop = new CancellationTokenSource();

        var running = RunAsync(["sync", "--out", OutFile], null, stop.Token);
        await held.Task;
        await stop.CancelAsync();
        var cancelled = await running;
        var resumed = await RunAsync("sync", "--out", OutFile, "--json");

        var records = OutLines().Select(l => (Type: l.GetProperty("type").GetString(), Id: l.GetProperty("id").GetString())).ToList();
        Assert.That(cancelled.ExitCode, Is.EqualTo(130), cancelled.Stderr);
        Assert.That(cancelled.Stderr, Does.Contain("Cancelled. The checkpoint of the last completed unit is kept"));
        Assert.That(resumed.ExitCode, Is.Zero, resumed.Stderr);
        Assert.That(resumed.Json().GetProperty("resumed").GetBoolean(), Is.True);
        Assert.That(records, Is.Unique);
        Assert.That(records.Count(r => r.Type == "user"), Is.EqualTo(AllUsers));
        Assert.That(records.Where(r => r.Type == "meeting").Select(r => long.Parse(r.Id!, CultureInfo.InvariantCulture)), Does.Contain(_emulator.Meetings.First(m => m.HostId == last.Id).Id));
    }

    [Test]
    public async Task Sync_HalfTheMeetingsGone_RunIsVetoedWithTheFiguresAndDeletesNothing()
    {
        await RunAsync("sync", "--entities", "users,meetings", "--out", OutFile);
        var synced = OutLines().Where(l => l.GetProperty("type").GetString() == "meeting").Select(l => long.Parse(l.GetProperty("id").GetString()!, CultureInfo.InvariantCulture)).ToList();
        var gone = synced.Where((_, i) => i % 2 == 0).ToList();
        foreach (var id in gone)
        {
            _emulator.DeleteMeeting(id);
        }

        var run = await RunAsync("sync", "--entities", "users,meetings", "--out", OutFile, "--json");

        var json = run.Json();
        var meetings = json.GetProperty("veto").GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("entity").GetString() == "meetings");
        Assert.That(run.ExitCode, Is.EqualTo(3), run.Stderr);
        Assert.That(json.GetProperty("outcome").GetString(), Is.EqualTo("vetoed"));
        Assert.That(meetings.GetProperty("vetoed").GetBoolean(), Is.True);
        Assert.That(meetings.GetProperty("held").GetInt64(), Is.EqualTo(synced.Count));
        Assert.That(meetings.GetProperty("to_delete").GetInt64(), Is.EqualTo(gone.Count));
        Assert.That(meetings.GetProperty("seen").GetInt64(), Is.EqualTo(synced.Count - gone.Count));
        Assert.That(run.Count("meetings", "deleted"), Is.Zero);
        Assert.That(OutLines().Select(l => l.GetProperty("op").GetString()), Has.None.EqualTo("delete"));
    }

    [Test]
    public async Task Sync_VetoedRunText_SaysNothingWasDeletedAndShowsTheFigures()
    {
        await RunAsync("sync", "--entities", "users,meetings", "--out", OutFile);
        var synced = OutLines().Count(l => l.GetProperty("type").GetString() == "meeting");
        foreach (var id in _emulator.Meetings.Where(m => m.HostId == _emulator.AdminUserId).Select(m => m.Id).ToList())
        {
            _emulator.DeleteMeeting(id);
        }

        foreach (var user in _emulator.Users.Where(u => u.Status == UserStatus.Active && u.Id != _emulator.AdminUserId).Take(ActiveUsers / 2))
        {
            foreach (var id in _emulator.Meetings.Where(m => m.HostId == user.Id).Select(m => m.Id).ToList())
            {
                _emulator.DeleteMeeting(id);
            }
        }

        var run = await RunAsync("sync", "--entities", "users,meetings", "--out", OutFile);
        await TestContext.Out.WriteLineAsync(run.Stdout);

        Assert.That(run.ExitCode, Is.EqualTo(3), run.Stderr);
        Assert.That(run.Stdout, Does.StartWith("Full sync VETOED (deletions held back)"));
        Assert.That(run.Stdout, Does.Contain("VETOED: this run would delete too much, so NOTHING was deleted"));
        Assert.That(run.Stdout, Does.Match(@"│ meetings\s+│ " + synced.ToString(CultureInfo.InvariantCulture) + @"\s+│ \d+\s+│ \d+\s+│ \d+ %\s+│ \S"));
    }

    [Test]
    public async Task SyncWatch_FirstScheduledFullRunCompletes_StopsOnCancellationAndReportsTheRun()
    {
        using var stop = new CancellationTokenSource();
        var observer = new FirstRunObserver();

        var running = RunAsync(["sync", "--watch", "--json"], s => s.AddSingleton<IZoomSyncObserver>(observer), stop.Token);
        var firstRun = await observer.Completed.Task;
        await stop.CancelAsync();
        var run = await running;

        var runs = run.Json().GetProperty("runs").EnumerateArray().ToList();
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(firstRun.Scheduled, Is.True);
        Assert.That(runs, Has.Count.GreaterThanOrEqualTo(1));
        Assert.That(runs[0].GetProperty("kind").GetString(), Is.EqualTo("full"));
        Assert.That(runs[0].GetProperty("outcome").GetString(), Is.EqualTo("completed"));
        Assert.That(runs[0].GetProperty("entities").GetProperty("users").GetProperty("upserted").GetInt64(), Is.EqualTo(AllUsers));
        Assert.That(run.Stderr, Does.Contain("Watching the sync schedules (full every 01:00:00, incremental every 00:15:00)"));
        Assert.That(run.Stderr, Does.Contain("Stopped (Ctrl+C)"));
    }

    [Test]
    public async Task SyncWatch_MaxRunsAndConfiguredSchedule_StopsByItselfAfterTheRun()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var config = new ConfigurationBuilder().AddInMemoryCollection(FastBudget).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Zoom:Sync:FullEvery"] = "02:00:00",
            ["Zoom:Sync:IncrementalEvery"] = "00:05:00",
        }).Build();

        var exit = await SampleApp.RunAsync(["sync", "--watch", "--max-runs", "1"], stdout, stderr, services =>
        {
            services.AddSingleton<TimeProvider>(_emulator.TimeProvider);
            services.AddSingleton(_emulator);
        }, config);

        Assert.That(exit, Is.Zero, stderr.ToString());
        Assert.That(stdout.ToString(), Does.Contain("UTC  Full sync completed (").And.EndsWith("1 run(s)." + Environment.NewLine));
        Assert.That(stderr.ToString(), Does.Contain("full every 02:00:00, incremental every 00:05:00").And.Contain("Status: full sync running since 12:00:00 UTC (scheduled)"));
    }

    [TestCase("users,bogus", "got 'bogus'")]
    [TestCase("", "--entities")]
    public async Task Sync_BadEntities_IsAUsageErrorWithNothingOnStdout(string entities, string message)
    {
        var run = await RunAsync("sync", "--entities", entities);

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr, Does.Contain(message));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task Sync_FullAndIncrementalTogether_IsAUsageError()
    {
        var run = await RunAsync("sync", "--full", "--incremental");

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Stderr, Does.Contain("--incremental and --full cannot be used together."));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task Sync_OutInAMissingFolder_IsRefusedBeforeAnyRequest()
    {
        var run = await RunAsync("sync", "--out", Path.Combine(_folder, "missing", "zoom.jsonl"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--out: the folder"));
        Assert.That(_emulator.Requests, Is.Empty);
    }

    private sealed class FirstRunObserver : IZoomSyncObserver
    {
        public TaskCompletionSource<ZoomSyncRunCompletedEventArgs> Completed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ValueTask OnRunStartedAsync(ZoomSyncRunStartedEventArgs args, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask OnRunCompletedAsync(ZoomSyncRunCompletedEventArgs args, CancellationToken cancellationToken = default)
        {
            Completed.TrySetResult(args);
            return ValueTask.CompletedTask;
        }
    }
}
