using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Http;
using Zoom.Connector.Telemetry;
using Zoom.Connector.Tests.Authentication;
using Zoom.Connector.Tests.RateLimiting;

namespace Zoom.Connector.Tests.Infrastructure;

/// <summary>
/// The test hosts whose request pipeline runs on a fake clock neither hang nor give up early: a retry timer armed
/// after the clock moved on is still reached, and disposing a host with a call in flight finishes. Each wait here is
/// bounded, so a regression fails these tests instead of hanging the run.
/// </summary>
public sealed class FakeClockTests
{
    private const long MeetingId = 97763643886;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Test]
    public async Task AdvanceUntilAsync_RetryTimerArmedAfterTheClockMovedOn_StillReachesIt()
    {
        // The retry's delay timer is armed 100 ms (real) after the retry is reported, as on a loaded machine where the
        // pipeline's thread is preempted: meanwhile the test has moved the clock several steps.
        var retryAfter = TimeSpan.FromSeconds(20);
        using var host = RateLimitHost.Create(clock: new LateArmingClock(retryAfter, TimeSpan.FromMilliseconds(100)));
        using var delays = host.Collect<double>(ZoomConnectorDiagnostics.RetryDelay);
        var calls = 0;
        host.Host.Mock.When("*").Respond(_ => ++calls == 1 ? RateLimitHost.PerSecond429("20") : RateLimitHost.Meeting());

        var call = host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId);
        await delays.WaitForMeasurementsAsync(1, Bound);
        var advanced = await host.AdvanceUntilAsync(call, TimeSpan.FromMilliseconds(500)).WaitAsync(Bound);

        Assert.That((await call).Id, Is.EqualTo(MeetingId));
        Assert.That(calls, Is.EqualTo(2));
        Assert.That(advanced, Is.GreaterThanOrEqualTo(retryAfter), "not retried before Retry-After");
    }

    [Test]
    public async Task AdvanceUntilAsync_CallWaitingForSomethingElse_FailsInsteadOfHanging()
    {
        var time = new FakeTimeProvider(RateLimitHost.Start);
        var never = new TaskCompletionSource();

        var error = Assert.ThrowsAsync<TimeoutException>(() => FakeClock.AdvanceUntilAsync(time, never.Task, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)).WaitAsync(Bound));

        Assert.That(error!.Message, Does.Contain("did not complete").And.Contain("00:00:05"));
        await Task.CompletedTask;
    }

    [Test]
    public async Task RateLimitHostDispose_CallWaitingOutRetryAfter_Finishes()
    {
        var host = RateLimitHost.Create();
        using var delays = host.Collect<double>(ZoomConnectorDiagnostics.RetryDelay);
        host.Host.Mock.When("*").Respond(_ => RateLimitHost.PerSecond429("30"));
        var call = host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId);
        await delays.WaitForMeasurementsAsync(1, Bound);

        await Task.Run(host.Dispose).WaitAsync(Bound);

        Assert.That(call.IsCompleted, Is.True, "the call in flight ended while the host was disposed");
    }

    [Test]
    public async Task OAuthTestHostDispose_CallInFlightOnThePipelineClock_Finishes()
    {
        // The support-log tests' set-up: Server-to-Server, retries, and the request pipeline on the host's fake clock.
        var host = OAuthTestHost.Create(
            o =>
            {
                o.Service.AccountId = OAuthTestHost.AccountId;
                o.Service.ClientId = OAuthTestHost.ServiceClientId;
                o.Service.ClientSecret = OAuthTestHost.ServiceClientSecret;
            },
            userActions: false,
            connector: builder =>
            {
                builder.Services.AddKeyedSingleton<TimeProvider>(ZoomPipelineClock.Key, static (sp, _) => sp.GetRequiredService<TimeProvider>());
                builder.AddResilience(o =>
                {
                    o.MaxRetryAttempts = 3;
                    o.RetryBaseDelay = TimeSpan.Zero;
                });
            });
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Mock.When(HttpMethod.Get, OAuthTestHost.ApiBase + "meetings/" + MeetingId).Respond(_ =>
        {
            sent.TrySetResult();
            return RateLimitHost.PerSecond429("30");
        });
        var call = host.Get<IZoomMeetingsApi>().GetMeetingAsync(MeetingId);
        await sent.Task.WaitAsync(Bound);

        await Task.Run(host.Dispose).WaitAsync(Bound);

        Assert.That(call.IsCompleted, Is.True, "the call in flight ended while the host was disposed");
    }

    /// <summary>A fake clock that arms timers of one due time late (real time), as a preempted thread would.</summary>
    private sealed class LateArmingClock(TimeSpan lateFor, TimeSpan lateness) : FakeTimeProvider(RateLimitHost.Start)
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime == lateFor)
            {
                Thread.Sleep(lateness);
            }

            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
