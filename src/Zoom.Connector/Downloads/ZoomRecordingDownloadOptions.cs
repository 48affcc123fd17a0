namespace Zoom.Connector.Downloads;

/// <summary>
/// How <see cref="IZoomRecordingDownloader"/> follows a recording's <c>download_url</c> (configuration section
/// <c>Zoom:Downloads</c>).
/// </summary>
public sealed class ZoomRecordingDownloadOptions
{
    /// <summary>The sub-section these options are bound from, under the connector's section: <c>Downloads</c>.</summary>
    public const string SectionName = "Downloads";

    /// <summary>Redirects followed before the download fails (0-20). Default 5.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Hosts that receive the bearer token: a host matches when it equals an entry or ends with <c>.</c> + entry.
    /// Default <c>zoom.us</c> (so <c>zoom.us</c>, <c>us02web.zoom.us</c>, <c>ssrweb.zoom.us</c>, ...). Add
    /// <c>zoomgov.com</c> for ZoomGov accounts. <c>Zoom:BaseUrl</c>'s own host is trusted too. The token is sent over HTTPS only,
    /// or over plain HTTP to a loopback host (a local emulator), the rule <c>Zoom:BaseUrl</c> follows.
    /// </summary>
    public IList<string> TrustedHosts { get; set; } = ["zoom.us"];

    /// <summary>
    /// How long a download may wait for its next byte (or for the answer's headers) before it fails with a
    /// <see cref="TimeoutException"/> naming this key (1 second to 1 hour). Default 30 seconds. The clock runs only
    /// while the connector waits for the server: a slow reader of <see cref="ZoomRecordingDownload.Content"/> never
    /// trips it.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = DefaultIdleTimeout;

    /// <summary>The default <see cref="IdleTimeout"/>: 30 seconds.</summary>
    internal static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The shortest <see cref="IdleTimeout"/> accepted: 1 second.</summary>
    internal static readonly TimeSpan MinIdleTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The longest <see cref="IdleTimeout"/> accepted: 1 hour.</summary>
    internal static readonly TimeSpan MaxIdleTimeout = TimeSpan.FromHours(1);
}
