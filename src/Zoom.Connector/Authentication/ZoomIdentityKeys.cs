namespace Zoom.Connector.Authentication;

/// <summary>Keys of the connector's keyed services.</summary>
public static class ZoomIdentityKeys
{
    /// <summary>The service identity: its <see cref="IZoomAccessTokenProvider"/> is registered under this key.</summary>
    public const string Service = "Zoom.Connector.Service";
}
