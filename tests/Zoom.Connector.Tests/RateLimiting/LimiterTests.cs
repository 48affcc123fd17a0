using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Tests.RateLimiting;

public sealed class LimiterTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Test]
    public void AcquireAsync_UpToTheBudget_GrantedAtOnceWithoutArmingATimer()
    {
        var time = new CountingTimeProvider(RateLimitHost.Start);
        using var bucket = new ZoomPacedBucket("account", 55, Second, 10, time);

        var grants = Enumerable.Range(0, 55).Select(_ => bucket.AcquireAsync(CancellationToken.None)).ToList();

        Assert.That(grants.All(g => g.IsCompletedSuccessfully), Is.True, "55 in one window are within the budget");
        Assert.That(bucket.TimerArmed, Is.False);
        Assert.That(time.TimersCreated, Is.Zero, "no waiter, no timer");
        Assert.That(bucket.Statistics.CurrentAvailablePermits, Is.Zero);
    }

    [Test]
    public async Task AcquireAsync_OverTheBudget_WaitsUntilTheOldestGrantLeavesWindowPlusMargin()
    {
        var time = new FakeTimeProvider(RateLimitHost.Start);
        using var bucket = new ZoomPacedBucket("account", 55, Second, 10, time);
        await bucket.AcquireAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(500));
        for (var i = 0; i < 54; i++)
        {
            await bucket.AcquireAsync(CancellationToken.None);
        }

        var next = bucket.AcquireAsync(CancellationToken.None).AsTask();
        var after = bucket.AcquireAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(509));
        Assert.That(next.IsCompleted, Is.False, "1,009 ms after the first grant: still inside 1 s + 1 % margin");
        time.Advance(TimeSpan.FromMilliseconds(1));
        await next;
        Assert.That(after.IsCompleted, Is.False, "the 54 grants at 500 ms still fill the span");
        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.That(after.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await after;
    }

    [Test]
    public async Task AcquireAsync_ZeroSafetyMargin_GrantsExactlyOneWindowLater()
    {
        var time = new FakeTimeProvider(RateLimitHost.Start);
        using var bucket = new ZoomPacedBucket("account", 1, Second, 10, time, TimeSpan.Zero);
        await bucket.AcquireAsync(CancellationToken.None);

        var next = bucket.AcquireAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.That(next.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await next;
    }

    [TestCase(55)]
    [TestCase(10)]
    [TestCase(4)]
    [TestCase(1)]
    public async Task AcquireAsync_SaturatedFor20Seconds_NoOneSecondSpanExceedsBudgetAndAtMostOnePermitPerWindowLost(int permits)
    {
        var time = new FakeTimeProvider(RateLimitHost.Start);
        using var bucket = new ZoomPacedBucket("account", permits, Second, 10_000, time);
        var demand = permits * 25;
        var pending = Enumerable.Range(0, demand).Select(_ => bucket.AcquireAsync(CancellationToken.None).AsTask()).ToList();

        // Grants are read from the bucket's own counter right after each step: task continuations run later.
        var grants = new List<TimeSpan>();
        var granted = 0L;
        var elapsed = TimeSpan.Zero;
        var step = TimeSpan.FromMilliseconds(1);
        while (elapsed < TimeSpan.FromSeconds(20))
        {
            var total = bucket.Statistics.TotalSuccessfulLeases;
            for (; granted < total; granted++)
            {
                grants.Add(elapsed);
            }

            time.Advance(step);
            elapsed += step;
        }

        var worst = 0;
        for (int i = 0, j = 0; i < grants.Count; i++)
        {
            while (j < grants.Count && grants[j] < grants[i] + Second)
            {
                j++;
            }

            worst = Math.Max(worst, j - i);
        }

        Assert.That(worst, Is.LessThanOrEqualTo(permits), "any 1-second span, aligned or not, holds at most the budget");
        Assert.That(grants, Has.Count.GreaterThanOrEqualTo((int)(0.98 * permits * 20)), "at least 98 % of the budget");
        Assert.That(grants, Has.Count.GreaterThanOrEqualTo((permits - 1) * 20), "at most one permit per window lost");
        Assert.That(bucket.Statistics.CurrentQueuedCount, Is.EqualTo(demand - grants.Count), "the rest still wait, in order");
        await Task.WhenAll(pending.Take(grants.Count));
    }

    [Test]
    public async Task AcquireAsync_QueueDrained_NoTimerTicksWhileNothingWaits()
    {
        var time = new CountingTimeProvider(RateLimitHost.Start);
        using var bucket = new ZoomPacedBucket("account", 5, Second, 100, time);
        var calls = Enumerable.Range(0, 12).Select(_ => bucket.AcquireAsync(CancellationToken.None).AsTask()).ToList();
        for (var i = 0; i < 3000 && !calls.All(c => c.IsCompleted); i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        await Task.WhenAll(calls);
        var callbacks = time.Callbacks;
        Assert.That(callbacks, Is.InRange(2, 12), "one-shot timer: one callback per time a grant left the span while someone waited");
        Assert.That(bucket.TimerArmed, Is.False);

        time.Advance(TimeSpan.FromMinutes(10));
        Assert.That(time.Callbacks, Is.EqualTo(callbacks), "idle: nothing ticks");
        Assert.That(bucket.Statistics.CurrentAvailablePermits, Is.EqualTo(5));
    }

    [Test]
    public async Task AcquireAsync_NewcomerWhenAPermitFreesBeforeTheTimerRuns_QueuesBehindTheOldestWaiter()
    {
        // A span of 1,000.5 ms: the timer (whole milliseconds, rounded up) runs at 1,001 ms, after the permit freed.
        var time = new FakeTimeProvider(RateLimitHost.Start);
        using var bucket = new ZoomPacedBucket("account", 1, Second, 10, time, TimeSpan.FromTicks(5_000));
        await bucket.AcquireAsync(CancellationToken.None);
        var oldest = bucket.AcquireAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromTicks(10_007_000)); // 1,000.7 ms

        var newcomer = bucket.AcquireAsync(CancellationToken.None).AsTask();
        Assert.That(newcomer.IsCompleted, Is.False, "someone waits already: the free permit is not the newcomer's");
        Assert.That(bucket.Statistics.CurrentQueuedCount, Is.EqualTo(2));
        time.Advance(TimeSpan.FromTicks(3_000)); // 1,001 ms: the timer runs

        await oldest;
        Assert.That(newcomer.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromMilliseconds(1001));
        await newcomer;
    }

    [Test]
    public async Task AcquireAsync_CancelledWhileQueued_LeavesTheQueueAndTheNextWaiterMovesUp()
    {
        var time = new CountingTimeProvider(RateLimitHost.Start);
        using var bucket = new ZoomPacedBucket("account", 1, Second, 10, time);
        await bucket.AcquireAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var cancelled = bucket.AcquireAsync(cts.Token).AsTask();
        var next = bucket.AcquireAsync(CancellationToken.None).AsTask();
        Assert.That(bucket.Statistics.CurrentQueuedCount, Is.EqualTo(2));

        await cts.CancelAsync();

        Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => cancelled);
        Assert.That(bucket.Statistics.CurrentQueuedCount, Is.EqualTo(1));
        time.Advance(TimeSpan.FromMilliseconds(1010));
        await next;
        Assert.That(bucket.Statistics.TotalSuccessfulLeases, Is.EqualTo(2), "the cancelled waiter took no permit");
    }

    [Test]
    public async Task AcquireAsync_OnlyWaiterCancelled_DisarmsTheTimer()
    {
        var time = new CountingTimeProvider(RateLimitHost.Start);
        using var bucket = new ZoomPacedBucket("account", 1, Second, 10, time);
        await bucket.AcquireAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var cancelled = bucket.AcquireAsync(cts.Token).AsTask();
        Assert.That(bucket.TimerArmed, Is.True);

        await cts.CancelAsync();
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => cancelled);
        Assert.That(bucket.TimerArmed, Is.False);
        Assert.That(time.Callbacks, Is.Zero, "the timer was disarmed before it fired");
    }

    [Test]
    public async Task AcquireAsync_QueueFull_ThrowsNamingTheBudgetAndItsLimit()
    {
        var time = new FakeTimeProvider(RateLimitHost.Start);
        using var bucket = new ZoomPacedBucket("medium", 1, Second, 2, time);
        await bucket.AcquireAsync(CancellationToken.None);
        var waiting = new[] { bucket.AcquireAsync(CancellationToken.None).AsTask(), bucket.AcquireAsync(CancellationToken.None).AsTask() };

        var ex = Assert.ThrowsAsync<ZoomRateLimitQueueFullException>(async () => await bucket.AcquireAsync(CancellationToken.None));

        Assert.That(ex!.Budget, Is.EqualTo("medium"));
        Assert.That(ex.QueueLimit, Is.EqualTo(2));
        Assert.That(bucket.Statistics.TotalFailedLeases, Is.EqualTo(1));
        time.Advance(TimeSpan.FromMilliseconds(1010));
        await waiting[0];
        time.Advance(TimeSpan.FromMilliseconds(1010));
        await waiting[1];
    }

    [Test]
    public async Task Dispose_WithWaiters_FailsThemClearly()
    {
        var time = new FakeTimeProvider(RateLimitHost.Start);
        var bucket = new ZoomPacedBucket("account", 1, Second, 10, time);
        await bucket.AcquireAsync(CancellationToken.None);
        var waiting = bucket.AcquireAsync(CancellationToken.None).AsTask();

        bucket.Dispose();

        Assert.ThrowsAsync<ObjectDisposedException>(() => waiting);
    }

    [Test]
    public void EffectiveSafetyMargin_NotConfigured_IsOnePercentOfTheWindow()
    {
        Assert.That(ZoomPacedBucket.EffectiveSafetyMargin(null, Second), Is.EqualTo(TimeSpan.FromMilliseconds(10)));
        Assert.That(ZoomPacedBucket.EffectiveSafetyMargin(null, TimeSpan.FromMinutes(1)), Is.EqualTo(TimeSpan.FromMilliseconds(600)));
        Assert.That(ZoomPacedBucket.EffectiveSafetyMargin(TimeSpan.FromMilliseconds(25), Second), Is.EqualTo(TimeSpan.FromMilliseconds(25)));
    }

    [Test]
    public void Budget_PlanPresetAndExplicitFigures_ExplicitWins()
    {
        var rate = new ZoomRateLimitOptions { Plan = ZoomRatePlan.BusinessPlus };
        rate.Categories.Light.PermitsPerWindow = 10;

        Assert.That(ZoomTokenBucketRateLimiter.Budget(rate, ZoomRateLimitCategory.Light), Is.EqualTo((10, TimeSpan.FromSeconds(1))));
        Assert.That(ZoomTokenBucketRateLimiter.Budget(rate, ZoomRateLimitCategory.Medium), Is.EqualTo((60, TimeSpan.FromSeconds(1))));
        Assert.That(ZoomTokenBucketRateLimiter.Budget(rate, ZoomRateLimitCategory.ResourceIntensive), Is.EqualTo((20, TimeSpan.FromMinutes(1))));
        Assert.That(ZoomTokenBucketRateLimiter.Budget(new ZoomRateLimitOptions(), ZoomRateLimitCategory.Heavy), Is.Null, "no plan, no figures: no category bucket");
    }

    [TestCase(ZoomRatePlan.Free, 4, 2, 1, 10)]
    [TestCase(ZoomRatePlan.Pro, 30, 20, 10, 10)]
    [TestCase(ZoomRatePlan.BusinessPlus, 80, 60, 40, 20)]
    public void Budget_PlanPresets_MatchZoomsPublishedFigures(ZoomRatePlan plan, int light, int medium, int heavy, int resourcePerMinute)
    {
        var rate = new ZoomRateLimitOptions { Plan = plan };
        Assert.That(ZoomTokenBucketRateLimiter.Budget(rate, ZoomRateLimitCategory.Light)!.Value.Permits, Is.EqualTo(light));
        Assert.That(ZoomTokenBucketRateLimiter.Budget(rate, ZoomRateLimitCategory.Medium)!.Value.Permits, Is.EqualTo(medium));
        Assert.That(ZoomTokenBucketRateLimiter.Budget(rate, ZoomRateLimitCategory.Heavy)!.Value.Permits, Is.EqualTo(heavy));
        Assert.That(ZoomTokenBucketRateLimiter.Budget(rate, ZoomRateLimitCategory.ResourceIntensive), Is.EqualTo((resourcePerMinute, TimeSpan.FromMinutes(1))));
    }

    [Test]
    public async Task AcquireAsync_CategoryBuckets_ChosenByCategory()
    {
        var time = new FakeTimeProvider(RateLimitHost.Start);
        var options = new ZoomRateLimitOptions { Plan = ZoomRatePlan.Free, PermitsPerWindow = 1_000_000 };
        using var limiter = new ZoomTokenBucketRateLimiter(Options.Create(options), time);

        await limiter.AcquireAsync(ZoomRateLimitCategory.Medium);
        await limiter.AcquireAsync(ZoomRateLimitCategory.Medium);
        var thirdMedium = limiter.AcquireAsync(ZoomRateLimitCategory.Medium).AsTask();
        Assert.That(thirdMedium.IsCompleted, Is.False, "Free plan: Medium allows 2 per second");
        Assert.That(limiter.Category(ZoomRateLimitCategory.Medium)!.Statistics.CurrentQueuedCount, Is.EqualTo(1));

        var light = limiter.AcquireAsync(ZoomRateLimitCategory.Light).AsTask();
        Assert.That(light.IsCompleted, Is.True, "a Light request does not wait behind Medium");
        Assert.That(limiter.Category(ZoomRateLimitCategory.Light)!.Statistics.CurrentAvailablePermits, Is.EqualTo(3));
        Assert.That(limiter.Category(ZoomRateLimitCategory.Heavy)!.Statistics.CurrentAvailablePermits, Is.EqualTo(1), "untouched");

        time.Advance(TimeSpan.FromMilliseconds(1010));
        await thirdMedium;
    }
}

/// <summary>A <see cref="FakeTimeProvider"/> that counts the timers created and the timer callbacks run.</summary>
internal sealed class CountingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _created;
    private int _callbacks;

    public int TimersCreated => Volatile.Read(ref _created);

    public int Callbacks => Volatile.Read(ref _callbacks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _created);
        return base.CreateTimer(s => { Interlocked.Increment(ref _callbacks); callback(s); }, state, dueTime, period);
    }
}
