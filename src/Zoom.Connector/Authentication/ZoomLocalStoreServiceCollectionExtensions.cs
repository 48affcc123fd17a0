using Microsoft.Extensions.DependencyInjection.Extensions;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;

// DI extensions live in the namespace hosts already import.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Keeps tokens on disk for a single instance.</summary>
public static class ZoomLocalStoreServiceCollectionExtensions
{
    /// <summary>
    /// Keeps tokens in <paramref name="path"/> (see <see cref="ZoomFileTokenStore"/>: owner-only files, atomic writes,
    /// encrypted with Data Protection) instead of process memory, so a restart keeps people signed in. Registers Data
    /// Protection with its defaults when the host has not (keys in the user profile); a host that moves or shares
    /// machines configures its key ring (<c>services.AddDataProtection().PersistKeysTo...</c>).
    /// </summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="path">The folder for the tokens (created owner-only when missing).</param>
    public static ZoomConnectorBuilder UseLocalStore(this ZoomConnectorBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var services = builder.Services;
        services.AddDataProtection();
        services.TryAddSingleton<ZoomTokenProtector>();
        services.RemoveAll<IZoomTokenStore>();
        services.AddSingleton<IZoomTokenStore>(sp => new ZoomFileTokenStore(path, sp.GetRequiredService<ZoomTokenProtector>()));
        return builder;
    }
}
