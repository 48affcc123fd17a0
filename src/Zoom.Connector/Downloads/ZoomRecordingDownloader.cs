using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;

namespace Zoom.Connector.Downloads;

/// <summary>
/// Follows <c>download_url</c> redirects by hand so that the bearer token reaches a hop only while every hop so far
/// was a trusted Zoom host over HTTPS (.NET drops <c>Authorization</c> on automatic redirects, and a token must not
/// leak to a storage or CDN host outside Zoom).
/// </summary>
internal sealed partial class ZoomRecordingDownloader(
    IHttpClientFactory httpClientFactory,
    IOptions<ZoomRecordingDownloadOptions> options,
    IOptions<ZoomConnectorOptions> connectorOptions,
    Func<IZoomAccessTokenProvider> serviceTokens,
    TimeProvider timeProvider,
    ZoomConfigurationPath path,
    ILogger<ZoomRecordingDownloader> logger) : IZoomRecordingDownloader
{
    public async Task<ZoomRecordingDownload> OpenAsync(Uri downloadUrl, CancellationToken cancellationToken = default)
    {
        CheckUrl(downloadUrl);
        var provider = serviceTokens();
        var token = await provider.GetAccessTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
        var download = await OpenCoreAsync(downloadUrl, token.Value, returnUnauthorized: true, cancellationToken).ConfigureAwait(false);
        if (download is not null)
        {
            return download;
        }

        // Zoom refused the cached token: renew it once and start again from the original URL.
        token = await provider.GetAccessTokenAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
        return (await OpenCoreAsync(downloadUrl, token.Value, returnUnauthorized: false, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<ZoomRecordingDownload> OpenAsync(Uri downloadUrl, string downloadToken, CancellationToken cancellationToken = default)
    {
        CheckUrl(downloadUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(downloadToken);
        return (await OpenCoreAsync(downloadUrl, downloadToken, returnUnauthorized: false, cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<ZoomRecordingDownload?> OpenCoreAsync(Uri downloadUrl, string token, bool returnUnauthorized, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var apiBase = Uri.TryCreate(connectorOptions.Value.BaseUrl, UriKind.Absolute, out var baseUri) ? baseUri : null;
        var client = httpClientFactory.CreateClient(ZoomHttpClientNames.Downloads);
        var uri = downloadUrl;
        var sendToken = IsTrusted(uri, settings, apiBase);
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (sendToken)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var response = await SendAsync(client, request, settings.IdleTimeout, cancellationToken).ConfigureAwait(false);
            try
            {
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    response.Dispose();
                    if (hop >= settings.MaxRedirects)
                    {
                        throw new HttpRequestException(
                            $"The recording download was redirected more than {settings.MaxRedirects} times (Zoom:Downloads:MaxRedirects); last host {uri.Host}.",
                            null,
                            HttpStatusCode.Redirect);
                    }

                    var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    // Once a hop leaves the trusted hosts (or HTTPS), the token is never sent again in this download.
                    sendToken = sendToken && IsTrusted(next, settings, apiBase);
                    LogRedirect(logger, hop + 1, next.Host, sendToken);
                    uri = next;
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.Unauthorized && returnUnauthorized && hop == 0)
                {
                    response.Dispose();
                    return null;
                }

                var network = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var content = new ZoomIdleTimeoutStream(network, settings.IdleTimeout, IdleTimeoutKey, timeProvider);
                if (!response.IsSuccessStatusCode)
                {
                    // The error body is read bounded (64 KiB + 1 bytes at most) and under the same idle timeout.
                    await using (content.ConfigureAwait(false))
                    {
                        var body = await ZoomErrorMapper.ReadBodyAsync(content, cancellationToken).ConfigureAwait(false);
                        throw ZoomErrorMapper.Create(response, body);
                    }
                }

                return new ZoomRecordingDownload(response, content, uri, hop);
            }
            catch
            {
                // Whatever failed after the headers arrived (reading the stream, the error body, a stall), the
                // connection is released here: the caller never received anything to dispose.
                response.Dispose();
                throw;
            }
        }
    }

    private string IdleTimeoutKey => path.Key("Downloads:IdleTimeout");

    /// <summary>Sends one hop; the headers must arrive within the idle timeout too.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        using var idle = new CancellationTokenSource(idleTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idle.Token);
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw ZoomIdleTimeoutStream.Stalled(idleTimeout, IdleTimeoutKey, ex);
        }
    }

    /// <summary>
    /// Whether a hop may receive the token: a trusted host (or <c>Zoom:BaseUrl</c>'s own host and port, which gets the
    /// token for every API call anyway), over HTTPS, or plain HTTP only on a loopback host: the same scheme rule as
    /// <c>Zoom:BaseUrl</c>, so a connector pointed at a local emulator downloads from it too.
    /// </summary>
    internal static bool IsTrusted(Uri uri, ZoomRecordingDownloadOptions settings, Uri? apiBase = null)
    {
        var https = string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase);
        if (!https && !(string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase) && uri.IsLoopback))
        {
            return false;
        }

        if (apiBase is not null && string.Equals(uri.Scheme, apiBase.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.IdnHost, apiBase.IdnHost, StringComparison.OrdinalIgnoreCase) && uri.Port == apiBase.Port)
        {
            return true;
        }

        var host = uri.IdnHost.TrimEnd('.');
        foreach (var trusted in settings.TrustedHosts)
        {
            var entry = trusted.Trim().TrimStart('.').TrimEnd('.');
            if (entry.Length > 0
                && (host.Equals(entry, StringComparison.OrdinalIgnoreCase)
                    || host.EndsWith("." + entry, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRedirect(HttpStatusCode status)
        => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static void CheckUrl(Uri downloadUrl)
    {
        ArgumentNullException.ThrowIfNull(downloadUrl);
        if (!downloadUrl.IsAbsoluteUri || (downloadUrl.Scheme != Uri.UriSchemeHttps && downloadUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The download URL must be an absolute http(s) URL (a recording file's download_url).", nameof(downloadUrl));
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Debug, Message = "Recording download redirect {Hop} to host {Host}; bearer token sent: {TokenSent}.")]
    private static partial void LogRedirect(ILogger logger, int hop, string host, bool tokenSent);
}
