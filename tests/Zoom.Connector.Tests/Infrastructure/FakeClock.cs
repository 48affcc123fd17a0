using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Zoom.Connector.Tests.Infrastructure;

/// <summary>
/// Drives a <see cref="FakeTimeProvider"/> for work that only finishes when that clock moves (the request pipeline's
/// Retry-After waits, limiter pacing and timeouts when a test puts the pipeline on a fake clock). Both helpers give up
/// after <see cref="Guard"/> of real time with an exception that says what was stuck, so a stuck call fails its test
/// instead of hanging the run.
/// </summary>
internal static class FakeClock
{
    /// <summary>Real time after which fake-clock-driven work counts as stuck.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Advances <paramref name="time"/> by <paramref name="step"/> until <paramref name="call"/> has completed, then
    /// awaits it and returns how far the clock moved. The clock keeps moving past the call's expected deadline: the
    /// pipeline arms a timer only when its thread gets there (after the retry is reported, on a loaded machine maybe
    /// many steps later), so a fixed number of steps could leave the call waiting on a timer the clock never reaches.
    /// Throws <see cref="TimeoutException"/> after <paramref name="limit"/> of fake time or <see cref="Guard"/> of real
    /// time (pass a limit past the pipeline's total timeout, which ends any call on this clock).
    /// </summary>
    public static async Task<TimeSpan> AdvanceUntilAsync(FakeTimeProvider time, Task call, TimeSpan step, TimeSpan limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);
        var advanced = TimeSpan.Zero;
        var real = Stopwatch.StartNew();
        while (!call.IsCompleted)
        {
            if (advanced >= limit || real.Elapsed >= Guard)
            {
                throw new TimeoutException(
                    $"The call did not complete although the fake clock moved {advanced} (in {real.Elapsed.TotalSeconds:F1} s of real time): it waits for something other than the clock.");
            }

            time.Advance(step);
            advanced += step;
            // Gives the continuations released by the timers a moment to run. This only paces the polling: no result
            // depends on how long it takes, and the fake clock alone decides when the call may complete.
            await Task.WhenAny(call, Task.Delay(TimeSpan.FromMilliseconds(2), TimeProvider.System));
        }

        await call;
        return advanced;
    }

    /// <summary>
    /// Runs <paramref name="dispose"/> on its own thread while moving <paramref name="time"/> until it has finished.
    /// Disposing a connector waits for calls still running in its resilience pipeline (Polly polls every second, up to
    /// 30 s, on the pipeline's clock), so a host whose pipeline runs on a fake clock hangs in Dispose when a call is
    /// in flight (a failed test, a call left waiting on purpose) unless that clock keeps moving until disposal is done.
    /// </summary>
    public static void DisposeWhileAdvancing(FakeTimeProvider time, Action dispose)
    {
        // Its own thread, not the pool's queue: on a loaded machine a queued work item can start after any fixed number
        // of clock steps, and then nothing would move the clock it waits on.
        var disposing = Task.Factory.StartNew(dispose, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var real = Stopwatch.StartNew();
        while (!disposing.Wait(TimeSpan.FromMilliseconds(1)))
        {
            if (real.Elapsed >= Guard)
            {
                throw new TimeoutException(
                    $"Disposing the test host did not finish in {Guard.TotalSeconds:F0} s although its fake clock kept moving: a call in flight waits for something other than the clock.");
            }

            time.Advance(TimeSpan.FromSeconds(1));
        }

        disposing.GetAwaiter().GetResult();
    }
}
