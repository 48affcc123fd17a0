using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Authentication;
using Zoom.Connector.Downloads;

namespace Zoom.Connector.DependencyInjection;

/// <summary>Registers <see cref="IZoomRecordingDownloader"/> and its HTTP client (automatic redirects off).</summary>
internal static class ZoomRecordingDownloadServiceCollectionExtensions
{
    internal static void AddRecordingDownloads(IServiceCollection services, ZoomConnectorBuilder builder)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomConnectorOptions>, ZoomRecordingDownloadOptionsValidator>());
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
            sp.GetRequiredService<IOptions<ZoomConnectorOptions>>(),
            () => sp.GetRequiredKeyedService<IZoomAccessTokenProvider>(ZoomIdentityKeys.Service),
            sp.GetRequiredService<ILogger<ZoomRecordingDownloader>>()));
    }
}

/// <summary>Validates <see cref="ZoomConnectorOptions.Downloads"/>; messages name the key, never the value.</summary>
internal sealed class ZoomRecordingDownloadOptionsValidator(ZoomConfigurationPath path) : IValidateOptions<ZoomConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ZoomConnectorOptions options)
    {
        var downloads = options.Downloads;
        var failures = new List<string>();
        if (downloads is null)
        {
            return ValidateOptionsResult.Fail($"{path.Key("Downloads")} must not be null.");
        }

        if (downloads.MaxRedirects is < 0 or > 20)
        {
            failures.Add($"{path.Key("Downloads:MaxRedirects")} must be between 0 and 20.");
        }

        if (downloads.TrustedHosts is null || downloads.TrustedHosts.Count == 0 || downloads.TrustedHosts.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{path.Key("Downloads:TrustedHosts")} must list at least one host name (e.g. zoom.us) and no empty entries.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
