using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Authentication;
using Zoom.Connector.Downloads;
using Zoom.Connector.Http;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IZoomRecordingDownloader"/> and its HTTP client (automatic redirects off).</summary>
public static class ZoomRecordingDownloadConnectorBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="IZoomRecordingDownloader"/> with <see cref="ZoomRecordingDownloadOptions"/> bound from
    /// <c>Zoom:Downloads</c> and checked at start-up. <c>AddZoomConnector</c> calls it; call it again to change the
    /// options in code. Calling it twice adds nothing twice.
    /// </summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="configure">Changes the options after binding.</param>
    public static ZoomConnectorBuilder AddRecordingDownloads(this ZoomConnectorBuilder builder, Action<ZoomRecordingDownloadOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddFeatureOptions(ZoomRecordingDownloadOptions.SectionName, configure, static (options, section) => options.Bind(section));
        if (services.Any(static d => d.ServiceType == typeof(ZoomRecordingDownloadsMarker)))
        {
            return builder;
        }

        services.AddSingleton<ZoomRecordingDownloadsMarker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomRecordingDownloadOptions>, ZoomRecordingDownloadOptionsValidator>());
        // No auth handler and no retry pipeline: the downloader sets the token per hop and follows redirects itself.
        var client = services.AddHttpClient(ZoomHttpClientNames.Downloads, static client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.None,
            });
        builder.TrackClient(client);
        services.TryAddSingleton<IZoomRecordingDownloader>(static sp => new ZoomRecordingDownloader(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IOptions<ZoomRecordingDownloadOptions>>(),
            sp.GetRequiredService<IOptions<ZoomConnectorOptions>>(),
            () => sp.GetRequiredKeyedService<IZoomAccessTokenProvider>(ZoomIdentityKeys.Service),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ZoomConfigurationPath>(),
            sp.GetRequiredService<ILogger<ZoomRecordingDownloader>>()));
        return builder;
    }

    private sealed class ZoomRecordingDownloadsMarker;
}
