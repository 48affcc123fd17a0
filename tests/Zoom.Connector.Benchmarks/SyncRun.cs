using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Benchmarks;

/// <summary>
/// A full sync (users, meetings with details, invitations) of a seeded emulator account through the connector's 55/s
/// budget, against an emulator that enforces a 55/s account budget with 429s. Wall time by nature (the budget is
/// a wall-clock rate). Reports wall time / (requests / 55) (target at most 1.05), the 429s the emulator sent (target 0)
/// and the peak managed heap during the run, sampled every 50 ms, above the baseline taken after the emulator generated
/// its account (the emulator lives in the same process).
/// </summary>
public static class SyncRun
{
    private const int Budget = 55;

    public static async Task<int> RunAsync(int users, int meetingsPerUser)
    {
        var emulator = new ZoomEmulator(new ZoomEmulatorOptions
        {
            UserCount = users,
            MeetingsPerUser = meetingsPerUser,
            RecordingsPerUser = 0,
            RequestsPerSecond = Budget,
        });
        var services = new ServiceCollection();
        services.AddSingleton(emulator);
        services.AddZoomConnector()
            .AddRateLimiting(options =>
            {
                options.PermitsPerWindow = Budget;
                options.Window = TimeSpan.FromSeconds(1);
            })
            .UseZoomEmulator()
            .AddSync(o => o.Entities = ZoomSyncEntities.Users | ZoomSyncEntities.Meetings | ZoomSyncEntities.Invitations)
            .AddSyncSink(new IndexOnlySink());
        await using var provider = services.BuildServiceProvider();
        var trigger = provider.GetRequiredService<IZoomSyncTrigger>();

        // The account is generated now (not lazily during the run), so the baseline includes it.
        var seededMeetings = emulator.Meetings.Count;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
            try
            {
                while (await timer.WaitForNextTickAsync(sampling.Token).ConfigureAwait(false))
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                }
            }
            catch (OperationCanceledException)
            {
                // Sampling ends with the run.
            }
        });

        var before = emulator.Requests.Count;
        var clock = Stopwatch.StartNew();
        var summary = await trigger.RunAsync(ZoomSyncRequest.Full with { Entities = ZoomSyncEntities.Users | ZoomSyncEntities.Meetings | ZoomSyncEntities.Invitations }).ConfigureAwait(false);
        var wall = clock.Elapsed;
        await sampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        var heapInfo = GC.GetGCMemoryInfo();

        var received = emulator.Requests.Skip(before).ToList();
        var rejected = received.Count(r => r.StatusCode == 429);
        var ideal = TimeSpan.FromSeconds(received.Count / (double)Budget);
        var ratio = wall / ideal;
        var meetings = summary.Entities[ZoomSyncEntityType.Meeting];

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"Sync of {users:N0} users x {meetingsPerUser} meetings ({seededMeetings:N0} meetings generated), outcome {summary.Outcome}"));
        Console.WriteLine("| users | meetings synced | requests (engine / emulator) | wall time | requests / 55 | ratio | 429s | peak managed heap above baseline | baseline (emulator account) | GC heap at end |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        Console.WriteLine(string.Create(c,
            $"| {summary.Entities[ZoomSyncEntityType.User].Upserted:N0} | {meetings.Upserted:N0} | {summary.Requests:N0} / {received.Count:N0} | {wall.TotalSeconds:F1} s | {ideal.TotalSeconds:F1} s | {ratio:F3} | {rejected} | {Mb(peak - baseline)} | {Mb(baseline)} | {Mb(heapInfo.HeapSizeBytes)} |"));
        return summary.Outcome == ZoomSyncOutcome.Completed && rejected == 0 && ratio <= 1.05 ? 0 : 1;
    }

    /// <summary>
    /// Item 3 of issue 15: the request cost of incremental runs. A full run (no budget: the request count, not the time, is
    /// measured) fills the sink; then three incremental runs are counted request by request against the target, the users
    /// pages (per listed status) plus each active or inactive user's meeting-list pages: over the unchanged account; after
    /// one settings-only edit sent through the connector's <c>IZoomMeetingsApi</c> (target + that meeting's details and
    /// invitation); and over the unchanged account with <c>Zoom:Sync:DetailRefreshPerRun</c> = <paramref name="rotation"/>
    /// (target + 2 per rotated meeting). Exits 0 when each run costs at most its target and emits what it should.
    /// </summary>
    public static async Task<int> RunIncrementalAsync(int users, int meetingsPerUser, int rotation)
    {
        var emulator = new ZoomEmulator(new ZoomEmulatorOptions { UserCount = users, MeetingsPerUser = meetingsPerUser, RecordingsPerUser = 0 });
        var services = new ServiceCollection();
        services.AddSingleton(emulator);
        var entities = ZoomSyncEntities.Users | ZoomSyncEntities.Meetings | ZoomSyncEntities.Invitations;
        services.AddZoomConnector()
            .AddRateLimiting(options => options.PermitsPerWindow = 1_000_000)
            .UseZoomEmulator()
            .AddSync(o => o.Entities = entities)
            .AddSyncSink(new IndexOnlySink());
        await using var provider = services.BuildServiceProvider();
        var trigger = provider.GetRequiredService<IZoomSyncTrigger>();
        var full = await trigger.RunAsync(ZoomSyncRequest.Full with { Entities = entities }).ConfigureAwait(false);

        const int page = 300;
        static int Pages(int count) => Math.Max(1, (count + page - 1) / page);
        var byStatus = emulator.Users.GroupBy(u => u.Status ?? UserStatus.Active).ToDictionary(g => g.Key, g => g.Count());
        var userPages = new[] { UserStatus.Active, UserStatus.Inactive, UserStatus.Pending }.Sum(s => Pages(byStatus.GetValueOrDefault(s)));
        var meetingPages = emulator.Users.Where(u => u.Status is UserStatus.Active or UserStatus.Inactive && u.Id is not null)
            .Sum(u => Pages(emulator.Meetings.Count(m => m.HostId == u.Id)));
        var target = userPages + meetingPages;

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"Incremental sync of an account of {users:N0} users ({byStatus.GetValueOrDefault(UserStatus.Active):N0} active / {byStatus.GetValueOrDefault(UserStatus.Inactive):N0} inactive / {byStatus.GetValueOrDefault(UserStatus.Pending):N0} pending) x {meetingsPerUser} meetings (full run before it: {full.Outcome}, {full.Requests:N0} requests)"));
        Console.WriteLine("| incremental run | requests | users pages | meeting-list pages | meeting details | invitations | target | records emitted |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");

        async Task<bool> MeasureAsync(string label, int expectedExtra, long expectedEmitted)
        {
            var before = emulator.Requests.Count;
            var run = await trigger.RunAsync(new ZoomSyncRequest { Kind = ZoomSyncKind.Incremental, Entities = entities }).ConfigureAwait(false);
            var received = emulator.Requests.Skip(before).ToList();
            var byPath = received.GroupBy(r => r.PathAndQuery.StartsWith("/v2/users?", StringComparison.Ordinal) ? "users pages"
                    : r.PathAndQuery.Contains("/meetings?", StringComparison.Ordinal) || r.PathAndQuery.EndsWith("/meetings", StringComparison.Ordinal) ? "meeting-list pages"
                    : r.PathAndQuery.EndsWith("/invitation", StringComparison.Ordinal) ? "invitations"
                    : r.PathAndQuery.StartsWith("/v2/meetings/", StringComparison.Ordinal) ? "details" : "other")
                .ToDictionary(g => g.Key, g => g.Count());
            var emitted = run.Entities.Values.Sum(e => e.Upserted + e.Deleted);
            var expected = target + expectedExtra;
            Console.WriteLine(string.Create(c,
                $"| {label} | {received.Count:N0} | {byPath.GetValueOrDefault("users pages"):N0} | {byPath.GetValueOrDefault("meeting-list pages"):N0} | {byPath.GetValueOrDefault("details"):N0} | {byPath.GetValueOrDefault("invitations"):N0} | {target:N0}{(expectedExtra > 0 ? string.Create(c, $" + {expectedExtra:N0}") : string.Empty)} | {emitted} |"));
            return run.Outcome == ZoomSyncOutcome.Completed && received.Count <= expected && byPath.GetValueOrDefault("other") == 0 && emitted == expectedEmitted;
        }

        var unchanged = await MeasureAsync("unchanged account, rotation 0", 0, 0).ConfigureAwait(false);

        // A settings-only edit through the connector: Zoom's list entry does not show it, the change journal does.
        var edited = emulator.Meetings.First(m => m.Type == MeetingType.Scheduled);
        var api = provider.GetRequiredService<IZoomMeetingsApi>();
        await api.UpdateMeetingAsync(edited.Id, new MeetingUpdateRequest { Settings = new MeetingSettings { MuteUponEntry = !(edited.Settings?.MuteUponEntry ?? false) } }).ConfigureAwait(false);
        var afterEdit = await MeasureAsync("after 1 settings edit through the API, rotation 0", 2, 1).ConfigureAwait(false);

        // The engine reads its options at each run: switch the rotation on for the third run only.
        provider.GetRequiredService<IOptions<ZoomSyncOptions>>().Value.DetailRefreshPerRun = rotation;
        var rotated = await MeasureAsync(string.Create(c, $"unchanged account, rotation {rotation}"), 2 * rotation, 0).ConfigureAwait(false);
        return unchanged && afterEdit && rotated ? 0 : 1;
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):F1} MB");

    /// <summary>Keeps what a database-backed sink would be asked for (ids and hashes), not the records themselves.</summary>
    private sealed class IndexOnlySink : IZoomSyncSink
    {
        private readonly ConcurrentDictionary<string, ZoomSyncHeldRecord>[] _held = [new(), new(), new(), new()];
        private ZoomSyncCheckpoint? _checkpoint;

        public ValueTask UpsertUserAsync(ZoomSyncRecord<ZoomUser> record, CancellationToken cancellationToken = default) => Put(ZoomSyncEntityType.User, record);

        public ValueTask UpsertMeetingAsync(ZoomSyncRecord<Meeting> record, CancellationToken cancellationToken = default) => Put(ZoomSyncEntityType.Meeting, record);

        public ValueTask UpsertInvitationAsync(ZoomSyncRecord<MeetingInvitation> record, CancellationToken cancellationToken = default) => Put(ZoomSyncEntityType.Invitation, record);

        public ValueTask UpsertRecordingAsync(ZoomSyncRecord<RecordingMeeting> record, CancellationToken cancellationToken = default) => Put(ZoomSyncEntityType.Recording, record);

        public ValueTask DeleteUserAsync(string userId, CancellationToken cancellationToken = default) => Remove(ZoomSyncEntityType.User, userId);

        public ValueTask DeleteMeetingAsync(long meetingId, CancellationToken cancellationToken = default) => Remove(ZoomSyncEntityType.Meeting, meetingId.ToString(CultureInfo.InvariantCulture));

        public ValueTask DeleteInvitationAsync(long meetingId, CancellationToken cancellationToken = default) => Remove(ZoomSyncEntityType.Invitation, meetingId.ToString(CultureInfo.InvariantCulture));

        public ValueTask DeleteRecordingAsync(string uuid, CancellationToken cancellationToken = default) => Remove(ZoomSyncEntityType.Recording, uuid);

        public async IAsyncEnumerable<ZoomSyncHeldRecord> GetHeldAsync(ZoomSyncEntityType type, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.CompletedTask.ConfigureAwait(false);
            foreach (var record in _held[(int)type].Values)
            {
                yield return record;
            }
        }

        public ValueTask<ZoomSyncCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Volatile.Read(ref _checkpoint));

        public ValueTask SaveCheckpointAsync(ZoomSyncCheckpoint checkpoint, CancellationToken cancellationToken = default)
        {
            Volatile.Write(ref _checkpoint, checkpoint);
            return ValueTask.CompletedTask;
        }

        private ValueTask Put<T>(ZoomSyncEntityType type, ZoomSyncRecord<T> record)
        {
            _held[(int)type][record.Id] = new ZoomSyncHeldRecord(record.Id, record.Hash, record.ParentId, record.Timestamp);
            return ValueTask.CompletedTask;
        }

        private ValueTask Remove(ZoomSyncEntityType type, string id)
        {
            _held[(int)type].TryRemove(id, out _);
            return ValueTask.CompletedTask;
        }
    }
}
