using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Http;
using Zoom.Connector.Http.Pipeline;
using Zoom.Connector.SupportLog;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the support log (<c>Zoom:SupportLog</c>).</summary>
public static class ZoomSupportLogConnectorBuilderExtensions
{
    /// <summary>
    /// Records one <see cref="ZoomSupportLogEntry"/> per HTTP attempt of every Zoom API client and per token request,
    /// in the <see cref="IZoomSupportLogStore"/> (the bounded in-memory ring unless <c>Zoom:SupportLog:Store</c> is
    /// <c>File</c> or the host registered its own store first). Options bound from <c>Zoom:SupportLog</c> and checked at
    /// start-up; <c>Zoom:SupportLog:Enabled=false</c> turns recording off. Calling it twice adds nothing twice.
    /// </summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="configure">Changes the options after binding.</param>
    public static ZoomConnectorBuilder AddSupportLog(this ZoomConnectorBuilder builder, Action<ZoomSupportLogOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddFeatureOptions(ZoomSupportLogOptions.SectionName, configure, static (options, section) => options.Bind(section));
        var services = builder.Services;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomSupportLogOptions>, ZoomSupportLogOptionsValidator>());
        services.TryAddSingleton<IZoomSupportLogStore>(static sp =>
        {
            var options = sp.GetRequiredService<IOptions<ZoomSupportLogOptions>>().Value;
            var time = ZoomPipelineClock.Get(sp);
            return options.Store == ZoomSupportLogStoreKind.File
                ? new ZoomFileSupportLogStore(options.Directory!, options.Retention, time)
                : new ZoomInMemorySupportLogStore(options.MaxEntries, options.Retention, time);
        });

        if (services.Any(static d => d.ServiceType == typeof(ZoomSupportLogMarker)))
        {
            return builder;
        }

        services.AddSingleton<ZoomSupportLogMarker>();
        // Innermost on the API clients (added after the connector's own handlers): one record per attempt on the wire.
        builder.ConfigureHttpClient(static client => client.AddHttpMessageHandler(static sp => Create(sp, sp.GetRequiredService<ZoomRequestClassifier>())));
        // The OAuth back channel: one record per token request.
        services.AddHttpClient(ZoomHttpClientNames.OAuth).AddHttpMessageHandler(static sp => Create(sp, classifier: null));
        return builder;
    }

    private static ZoomSupportLogHandler Create(IServiceProvider services, ZoomRequestClassifier? classifier)
        => new(
            services.GetRequiredService<IZoomSupportLogStore>(),
            services.GetRequiredService<IOptionsMonitor<ZoomSupportLogOptions>>(),
            classifier,
            ZoomPipelineClock.Get(services),
            services.GetService<ILogger<ZoomSupportLogHandler>>());

    private sealed class ZoomSupportLogMarker;
}
