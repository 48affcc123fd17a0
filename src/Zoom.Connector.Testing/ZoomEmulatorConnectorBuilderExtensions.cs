using Microsoft.Extensions.DependencyInjection.Extensions;
using Zoom.Connector.Testing;
using Zoom.Connector.Http;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Plugs the <see cref="ZoomEmulator"/> into the connector.</summary>
public static class ZoomEmulatorConnectorBuilderExtensions
{
    /// <summary>
    /// Serves every connector client (API and OAuth back channel) from a singleton <see cref="ZoomEmulator"/> that uses
    /// the registered <see cref="TimeProvider"/>. When no service identity is configured (<c>Zoom:Service:AccessToken</c>,
    /// <c>AccountId</c> and <c>ClientId</c> all empty) the service identity uses the emulator's
    /// <see cref="ZoomEmulator.AdminAccessToken"/> (or, with <see cref="ZoomEmulatorOptions.UseServerToServerCredentials"/>,
    /// the emulator's Server-to-Server app). When no action app is configured (<c>Zoom:Actions:ClientId</c> empty) the
    /// per-user OAuth settings point at the emulator's OAuth app. A <see cref="ZoomEmulator"/> registered before this call
    /// is used as is (and <paramref name="configure"/> then only decides how the identities are filled in).
    /// </summary>
    /// <param name="builder">The connector builder from <c>AddZoomConnector</c>.</param>
    /// <param name="configure">Sets the emulator's options (seed, size, limits).</param>
    public static ZoomConnectorBuilder UseZoomEmulator(this ZoomConnectorBuilder builder, Action<ZoomEmulatorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new ZoomEmulatorOptions();
        configure?.Invoke(options);
        builder.Services.TryAddSingleton(sp => new ZoomEmulator(options, sp.GetService<TimeProvider>()));
        builder.ConfigurePrimaryHandler(static sp => sp.GetRequiredService<ZoomEmulator>().CreateHandler());
        var serverToServer = options.UseServerToServerCredentials;
        builder.Services.AddOptions<ZoomConnectorOptions>().PostConfigure<ZoomEmulator>((connector, emulator) =>
        {
            var service = connector.Service;
            if (string.IsNullOrWhiteSpace(service.AccessToken) && string.IsNullOrWhiteSpace(service.AccountId) && string.IsNullOrWhiteSpace(service.ClientId))
            {
                if (serverToServer)
                {
                    service.AccountId = emulator.ServiceAccountId;
                    service.ClientId = emulator.ClientId;
                    service.ClientSecret = emulator.ClientSecret;
                }
                else
                {
                    service.AccessToken = emulator.AdminAccessToken;
                }
            }

            var actions = connector.Actions;
            if (string.IsNullOrWhiteSpace(actions.ClientId))
            {
                actions.ClientId = emulator.OAuthClientId;
                actions.ClientSecret = emulator.OAuthClientSecret;
                actions.RedirectUri = emulator.OAuthRedirectUri;
            }
        });
        return builder;
    }
}
