using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NUnit.Framework;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Tests.Sync;

[TestFixture]
public sealed class SyncScheduleTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    [Test]
    public async Task HostedService_DefaultSchedules_FireFullAtStartThenIncrementalsThenFullOnTheHour()
    {
        using var host = SyncTestHost.Create(FakeZoomAccount.Seeded(users: 1, meetingsPerUser: 1), configure: o =>
        {
            o.FullEvery = TimeSpan.FromHours(1);
            o.IncrementalEvery = TimeSpan.FromMinutes(15);
        });
        var schedule = new ScheduleProbe(host);
        await schedule.Service.StartAsync(CancellationToken.None);

        var runs = new List<(ZoomSyncKind Kind, TimeSpan At)>();
        for (var i = 0; i < 5; i++)
        {
            if (i > 0)
            {
                var (_, due) = await schedule.NextWaitAsync();
                host.Time.SetUtcNow(due);
            }

            var done = await schedule.NextCompletedAsync();
            runs.Add((done.Summary.Kind, done.Summary.StartedAt - SyncTestHost.Now));
            Assert.That(done.Summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
        }

        await schedule.Service.StopAsync(CancellationToken.None).WaitAsync(Guard);
        Assert.That(runs, Is.EqualTo(new[]
        {
            (ZoomSyncKind.Full, TimeSpan.Zero),
            (ZoomSyncKind.Incremental, TimeSpan.FromMinutes(15)),
            (ZoomSyncKind.Incremental, TimeSpan.FromMinutes(30)),
            (ZoomSyncKind.Incremental, TimeSpan.FromMinutes(45)),
            (ZoomSyncKind.Full, TimeSpan.FromMinutes(60)),
        }));
    }

    [Test]
    public async Task RunCompleted_ScheduledAndOnDemandRuns_LockIsAlreadyFreeForTheNextRun()
    {
        // Whoever hears "run completed" may start the next run at once: it must find the lock free, not be skipped as
        // "already running" (a race a loaded machine hit when the report came before the lock was released).
        using var host = SyncTestHost.Create(FakeZoomAccount.Seeded(users: 1, meetingsPerUser: 1));
        var syncLock = host.Host.Get<IZoomSyncLock>();
        var freeWhenReported = new List<bool>();
        host.Trigger.RunCompleted += (_, _) =>
        {
            var handle = syncLock.TryAcquireAsync(ZoomSyncRunner.LockName).AsTask().GetAwaiter().GetResult();
            freeWhenReported.Add(handle is not null);
            handle?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        };

        await host.Trigger.RunNowAsync(ZoomSyncKind.Full);
        await ((ZoomSyncRunner)host.Trigger).RunScheduledAsync(ZoomSyncKind.Incremental, CancellationToken.None);

        Assert.That(freeWhenReported, Is.EqualTo(new[] { true, true }));
    }

    [Test]
    public async Task HostedService_AfterARecentFullSync_WaitsForTheNextFullSlot()
    {
        using var host = SyncTestHost.Create(FakeZoomAccount.Seeded(users: 1, meetingsPerUser: 1), configure: o => o.IncrementalEvery = TimeSpan.Zero);
        await host.Engine.RunAsync(ZoomSyncRequest.Full);
        host.Time.Advance(TimeSpan.FromMinutes(20));
        var schedule = new ScheduleProbe(host);

        await schedule.Service.StartAsync(CancellationToken.None);
        var (kind, due) = await schedule.NextWaitAsync();
        await schedule.Service.StopAsync(CancellationToken.None).WaitAsync(Guard);

        Assert.That(kind, Is.EqualTo(ZoomSyncKind.Full));
        Assert.That(due, Is.EqualTo(SyncTestHost.Now + TimeSpan.FromHours(1)));
    }

    [Test]
    public async Task HostedService_TriggerWhileARunIsInProgress_IsSkippedAndOnDemandRunWaits()
    {
        var sink = new CountingSink();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sink.BeforeUpsert = ct => gate.Task.WaitAsync(ct);
        using var host = SyncTestHost.Create(FakeZoomAccount.Seeded(users: 1, meetingsPerUser: 1), sink);
        var schedule = new ScheduleProbe(host);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Trigger.RunStarted += (_, _) => started.TrySetResult();
        await schedule.Service.StartAsync(CancellationToken.None);
        await started.Task.WaitAsync(Guard); // the full run at start is blocked in the sink

        var (kind, due) = await schedule.NextWaitAsync();
        host.Time.SetUtcNow(due);
        var skipped = await schedule.NextCompletedAsync();
        var onDemand = host.Trigger.RunNowAsync(ZoomSyncKind.Incremental);
        var onDemandWasWaiting = !onDemand.IsCompleted;
        gate.SetResult();
        var full = await schedule.NextCompletedAsync();
        var incremental = await onDemand.WaitAsync(Guard);
        await schedule.Service.StopAsync(CancellationToken.None).WaitAsync(Guard);

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.EqualTo(ZoomSyncKind.Incremental));
            Assert.That(skipped.Summary.Kind, Is.EqualTo(ZoomSyncKind.Incremental));
            Assert.That(skipped.Summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Skipped));
            Assert.That(skipped.Scheduled, Is.True);
            Assert.That(full.Summary.Kind, Is.EqualTo(ZoomSyncKind.Full));
            Assert.That(full.Summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(onDemandWasWaiting, Is.True, "the on-demand run waited for the running one");
            Assert.That(incremental.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
            Assert.That(sink.PerRecord.Values, Has.All.EqualTo(1));
        });
    }

    [Test]
    public async Task HostedService_ShutdownMidRun_LeavesAResumableCheckpoint()
    {
        var account = FakeZoomAccount.Seeded(users: 4, meetingsPerUser: 2);
        var sink = new CountingSink();
        var blocked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sink.BeforeUpsert = async ct =>
        {
            if (sink.Total >= 8)
            {
                blocked.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
            }
        };
        using var host = SyncTestHost.Create(account, sink, o => o.MaxDegreeOfParallelism = 1);
        var schedule = new ScheduleProbe(host);
        await schedule.Service.StartAsync(CancellationToken.None);
        await blocked.Task.WaitAsync(Guard);

        await schedule.Service.StopAsync(CancellationToken.None).WaitAsync(Guard);
        var cancelled = await schedule.NextCompletedAsync();
        sink.BeforeUpsert = null;
        var resumed = await host.Engine.RunAsync(ZoomSyncRequest.Full);

        Assert.Multiple(() =>
        {
            Assert.That(cancelled.Summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Cancelled));
            Assert.That(resumed.RunId, Is.EqualTo(cancelled.Summary.RunId));
            Assert.That(resumed.Resumed, Is.True);
            Assert.That(sink.Inner.Meetings, Has.Count.EqualTo(8));
            Assert.That(sink.PerRecord.Values, Has.All.EqualTo(1), "nothing finished before shutdown was emitted again");
            Assert.That(sink.PerRecord, Has.Count.EqualTo(4 + 8 + 8 + 8));
        });
    }

    [Test]
    public async Task HostedService_FatalError_IsReportedAndTheScheduleGoesOn()
    {
        var account = FakeZoomAccount.Seeded(users: 1, meetingsPerUser: 1);
        account.Failures["GET /users"] = (System.Net.HttpStatusCode.BadRequest, 4700, "Invalid access token, does not contain scopes.");
        var observer = new RecordingObserver();
        using var host = SyncTestHost.Create(account, services: s => s.AddSingleton<IZoomSyncObserver>(observer));
        var schedule = new ScheduleProbe(host);
        var measured = new List<(long Value, string? Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Zoom.Connector" && instrument.Name == "zoom.sync.runs")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "outcome" && tag.Value is "failed")
                {
                    lock (measured)
                    {
                        measured.Add((value, (string)tag.Value));
                    }
                }
            }
        });
        listener.Start();

        await schedule.Service.StartAsync(CancellationToken.None);
        var failed = await schedule.NextCompletedAsync();
        var (_, due) = await schedule.NextWaitAsync();
        await schedule.Service.StopAsync(CancellationToken.None).WaitAsync(Guard);

        Assert.Multiple(() =>
        {
            Assert.That(failed.Summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Failed));
            Assert.That(failed.Summary.Error, Does.Contain("4700"));
            Assert.That(due, Is.EqualTo(SyncTestHost.Now.AddMinutes(15)), "the loop keeps scheduling");
            Assert.That(observer.Started, Is.EqualTo(1));
            Assert.That(observer.Completed.Single().Outcome, Is.EqualTo(ZoomSyncOutcome.Failed));
        });
        lock (measured)
        {
            Assert.That(measured, Is.Not.Empty, "zoom.sync.runs was measured with outcome=failed");
        }
    }

    [Test]
    public async Task HostedService_SinkThrows_RunIsReportedFailedAndTheScheduleGoesOn()
    {
        var sink = new CountingSink { BeforeUpsert = _ => throw new InvalidOperationException("store is read-only") };
        using var host = SyncTestHost.Create(FakeZoomAccount.Seeded(users: 1, meetingsPerUser: 1), sink);
        var schedule = new ScheduleProbe(host);

        await schedule.Service.StartAsync(CancellationToken.None);
        var failed = await schedule.NextCompletedAsync();
        var (kind, due) = await schedule.NextWaitAsync();
        sink.BeforeUpsert = null;
        host.Time.SetUtcNow(due);
        var next = await schedule.NextCompletedAsync();
        await schedule.Service.StopAsync(CancellationToken.None).WaitAsync(Guard);

        Assert.Multiple(() =>
        {
            Assert.That(failed.Summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Failed));
            Assert.That(failed.Summary.Error, Does.Contain("read-only"));
            Assert.That(kind, Is.EqualTo(ZoomSyncKind.Incremental));
            Assert.That(next.Summary.Outcome, Is.EqualTo(ZoomSyncOutcome.Completed));
        });
    }

    [TestCase("03:00", "22:00", "06:00", "03:00", 0)]
    [TestCase("12:00", "22:00", "06:00", "22:00", 0)]
    [TestCase("20:00", "08:00", "18:00", "08:00", 1)]
    [TestCase("07:00", "08:00", "18:00", "08:00", 0)]
    public void ApplyWindow_DueTime_MovesIntoTheWindow(string dueAt, string start, string end, string expectedAt, int expectedDayOffset)
    {
        var day = new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);
        var options = new ZoomSyncOptions { WindowStart = TimeSpan.Parse(start, System.Globalization.CultureInfo.InvariantCulture), WindowEnd = TimeSpan.Parse(end, System.Globalization.CultureInfo.InvariantCulture) };

        var result = ZoomSyncHostedService.ApplyWindow(day + TimeSpan.Parse(dueAt, System.Globalization.CultureInfo.InvariantCulture), options);

        Assert.That(result, Is.EqualTo(day.AddDays(expectedDayOffset) + TimeSpan.Parse(expectedAt, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Watches the hosted service's waits and the trigger's completed runs.</summary>
    private sealed class ScheduleProbe
    {
        private readonly Channel<(ZoomSyncKind, DateTimeOffset)> _waits = Channel.CreateUnbounded<(ZoomSyncKind, DateTimeOffset)>();
        private readonly Channel<ZoomSyncRunCompletedEventArgs> _completed = Channel.CreateUnbounded<ZoomSyncRunCompletedEventArgs>();

        private readonly SyncTestHost _host;

        public ScheduleProbe(SyncTestHost host)
        {
            _host = host;
            Service = host.Host.Services.GetServices<IHostedService>().OfType<ZoomSyncHostedService>().Single();
            Service.Waiting += (kind, due) => _waits.Writer.TryWrite((kind, due));
            host.Trigger.RunCompleted += (_, args) => _completed.Writer.TryWrite(args);
        }

        public ZoomSyncHostedService Service { get; }

        public async Task<(ZoomSyncKind Kind, DateTimeOffset Due)> NextWaitAsync()
        {
            // The next wait is the first one still in the future on the fake clock: a wait announced for "now"
            // (the run at start, or one the clock has already reached) is not one a test can move the clock to.
            while (true)
            {
                var wait = await _waits.Reader.ReadAsync().AsTask().WaitAsync(Guard);
                if (wait.Item2 > _host.Time.GetUtcNow())
                {
                    return wait;
                }
            }
        }

        public Task<ZoomSyncRunCompletedEventArgs> NextCompletedAsync() => _completed.Reader.ReadAsync().AsTask().WaitAsync(Guard);
    }

    private sealed class RecordingObserver : IZoomSyncObserver
    {
        public int Started { get; private set; }

        public List<ZoomSyncSummary> Completed { get; } = [];

        public ValueTask OnRunStartedAsync(ZoomSyncRunStartedEventArgs args, CancellationToken cancellationToken = default)
        {
            Started++;
            return ValueTask.CompletedTask;
        }

        public ValueTask OnRunCompletedAsync(ZoomSyncRunCompletedEventArgs args, CancellationToken cancellationToken = default)
        {
            Completed.Add(args.Summary);
            return ValueTask.CompletedTask;
        }
    }
}
