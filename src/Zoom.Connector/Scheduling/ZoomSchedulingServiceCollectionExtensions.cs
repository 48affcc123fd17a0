using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Zoom.Connector.Api;
using Zoom.Connector.Scheduling;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers meeting scheduling (called from <c>AddZoomConnector</c>).</summary>
internal static class ZoomSchedulingServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IZoomMeetingScheduler"/> over the service identity's clients and <see cref="IZoomMeetingSchedulerFactory"/>
    /// for any other client pair. Both are transient: they hold typed HTTP clients and resolve the registered
    /// <see cref="IMeetingChangeListener"/>s, which may be scoped.
    /// </summary>
    internal static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.TryAddTransient<IZoomMeetingSchedulerFactory, ZoomMeetingSchedulerFactory>();
        services.TryAddTransient<IZoomMeetingScheduler>(static sp => new ZoomMeetingScheduler(
            sp.GetRequiredService<IZoomMeetingsApi>(),
            sp.GetRequiredService<IZoomUsersApi>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetServices<IMeetingChangeListener>(),
            sp.GetService<ILogger<ZoomMeetingScheduler>>()));
        return services;
    }
}
