using Microsoft.Extensions.DependencyInjection;

namespace Zoom.Connector.Http;

/// <summary>
/// The clock of the request pipeline (limiter pacing, Retry-After waits, timeouts, durations): a
/// <see cref="TimeProvider"/> registered under <see cref="Key"/>, else <see cref="TimeProvider.System"/>. A host test
/// that swaps in a fake clock for its own logic therefore never freezes permits or fires timeouts on in-flight calls
/// when it jumps that clock.
/// </summary>
internal static class ZoomPipelineClock
{
    /// <summary>The key of the optional keyed <see cref="TimeProvider"/> that drives the request pipeline.</summary>
    public const string Key = "Zoom.Connector.RateLimit.Clock";

    public static TimeProvider Get(IServiceProvider services)
        => services.GetKeyedService<TimeProvider>(Key) ?? TimeProvider.System;
}
