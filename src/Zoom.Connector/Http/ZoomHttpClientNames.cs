namespace Zoom.Connector.Http;

/// <summary>Names of the <see cref="System.Net.Http.IHttpClientFactory"/> clients the connector registers.</summary>
public static class ZoomHttpClientNames
{
    /// <summary>The service identity's API pipeline (reads and sync).</summary>
    public const string Service = "Zoom.Connector.Service";

    /// <summary>The per-user action identity's API pipeline.</summary>
    public const string Actions = "Zoom.Connector.Actions";

    /// <summary>The OAuth back channel (token and revoke endpoints): no auth handler, no rate limit.</summary>
    public const string OAuth = "Zoom.Connector.OAuth";

    /// <summary>Recording downloads: automatic redirects off, no auth handler (the downloader sets the token per hop).</summary>
    public const string Downloads = "Zoom.Connector.Downloads";
}
