using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Keeps tokens and pending sign-ins on disk for a single instance.</summary>
public static class ZoomLocalStoreServiceCollectionExtensions
{
    /// <summary>
    /// Keeps tokens in <paramref name="path"/> (see <see cref="ZoomFileTokenStore"/>: owner-only files, atomic writes,
    /// encrypted with Data Protection) and pending sign-ins in its <c>signins</c> folder (see
    /// <see cref="ZoomFileAuthorizationStateStore"/>: state and PKCE verifier encrypted, single use, expiring, at most 5
    /// per person) instead of process memory, so a restart keeps people signed in and does not break a sign-in that was
    /// started before it. Registers Data
    /// Protection with its defaults when the host has not (keys in the user profile); a host that moves or shares
    /// machines configures its key ring (<c>services.AddDataProtection().PersistKeysTo...</c>).
    /// </summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="path">The folder for the tokens and pending sign-ins (created owner-only when missing).</param>
    public static ZoomConnectorBuilder UseLocalStore(this ZoomConnectorBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var services = builder.Services;
        services.AddDataProtection();
        services.TryAddSingleton<ZoomTokenProtector>();
        services.RemoveAll<IZoomTokenStore>();
        services.AddSingleton<IZoomTokenStore>(sp => new ZoomFileTokenStore(path, sp.GetRequiredService<ZoomTokenProtector>()));
        services.RemoveAll<IZoomAuthorizationStateStore>();
        services.AddSingleton<IZoomAuthorizationStateStore>(sp => new ZoomFileAuthorizationStateStore(
            Path.Combine(path, "signins"), sp.GetRequiredService<IDataProtectionProvider>(), sp.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
