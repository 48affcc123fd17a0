using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Http;

namespace Zoom.Connector.Tests.RateLimiting;

public sealed class LimiterTests
{
    [TestCase(55, 1, 53)]
    [TestCase(80, 1, 78)]
    [TestCase(4, 1, 3)]
    [TestCase(1, 1, 1)]
    public void BucketPlan_PerSecondBudget_PacesOnePermitPerSlotWithHeadroom(int permits, int tokens, int periods)
    {
        var plan = ZoomBucketPlan.For(permits, TimeSpan.FromSeconds(1));
        Assert.That(plan.TokensPerPeriod, Is.EqualTo(tokens));
        Assert.That(plan.PeriodsPerWindow, Is.EqualTo(periods));
        Assert.That(plan.Period, Is.EqualTo(TimeSpan.FromTicks(TimeSpan.TicksPerSecond / periods)));
    }

    [Test]
    public void BucketPlan_HugeBudget_KeepsPeriodAtLeastFiveMilliseconds()
    {
        var plan = ZoomBucketPlan.For(1_000_000, TimeSpan.FromSeconds(1));
        Assert.That(plan.Period, Is.GreaterThanOrEqualTo(ZoomBucketPlan.MinPeriod));
        Assert.That(plan.TokensPerPeriod * (plan.PeriodsPerWindow + 1), Is.LessThanOrEqualTo(1_000_000));
    }

    [Test]
    public async Task PacedBucket_55PerSecond_NoOneSecondWindowExceeds55AndThroughputAtLeast95Percent()
    {
        var time = new FakeTimeProvider(RateLimitHost.Start);
        using var bucket = new ZoomPacedBucket("account", 55, TimeSpan.FromSeconds(1), 10_000, time);
        var pending = Enumerable.Range(0, 700).Select(_ => bucket.AcquireAsync(CancellationToken.None).AsTask()).ToList();

        // Grants are read from the limiter's own counter right after each step: task continuations run later.
        var grants = new List<TimeSpan>();
        var granted = 0L;
        var elapsed = TimeSpan.Zero;
        var step = TimeSpan.FromMilliseconds(1);
        while (elapsed < TimeSpan.FromSeconds(12))
        {
            var total = bucket.Statistics!.TotalSuccessfulLeases;
            for (; granted < total; granted++)
            {
                grants.Add(elapsed);
            }

            time.Advance(step);
            elapsed += step;
        }

        var worst = 0;
        for (var i = 0; i < grants.Count; i++)
        {
            var inWindow = grants.Skip(i).TakeWhile(g => g < grants[i] + TimeSpan.FromSeconds(1)).Count();
            worst = Math.Max(worst, inWindow);
        }

        var firstTen = grants.Count(g => g < TimeSpan.FromSeconds(10));
        Assert.That(worst, Is.LessThanOrEqualTo(54), "any 1-second window, aligned or not, stays under 55 with one permit spare");
        Assert.That(firstTen, Is.GreaterThanOrEqualTo((int)(0.95 * 55 * 10)), "at least 95% of the budget is used");
        Assert.That(grants, Has.Count.LessThan(700), "the rest still wait");
        var finalTotal = bucket.Statistics!.TotalSuccessfulLeases;
        Assert.That(bucket.Statistics!.CurrentQueuedCount, Is.EqualTo(700 - finalTotal));
        await Task.WhenAll(pending.Take((int)finalTotal));
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
        var secondMedium = limiter.AcquireAsync(ZoomRateLimitCategory.Medium).AsTask();
        Assert.That(secondMedium.IsCompleted, Is.False, "Free plan: Medium is paced at 1 per second (2/s with headroom)");
        Assert.That(limiter.Category(ZoomRateLimitCategory.Medium)!.Statistics!.CurrentQueuedCount, Is.EqualTo(1));

        var light = limiter.AcquireAsync(ZoomRateLimitCategory.Light).AsTask();
        Assert.That(light.IsCompleted, Is.True, "a Light request does not wait behind Medium");
        Assert.That(limiter.Category(ZoomRateLimitCategory.Light)!.Statistics!.CurrentAvailablePermits, Is.Zero);
        Assert.That(limiter.Category(ZoomRateLimitCategory.Heavy)!.Statistics!.CurrentAvailablePermits, Is.EqualTo(1), "untouched");

        time.Advance(TimeSpan.FromSeconds(1));
        await secondMedium;
    }
}
