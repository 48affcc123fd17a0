using Microsoft.Extensions.DependencyInjection;

namespace Zoom.Connector.DependencyInjection;

/// <summary>
/// Returned by <c>AddZoomConnector</c> for further configuration of the connector's HTTP clients.
/// </summary>
public sealed class ZoomConnectorBuilder
{
    private readonly List<Action<IHttpClientBuilder>> _apiClientConfigurations = [];
    private readonly List<Action<IHttpClientBuilder>> _allClientConfigurations = [];
    private readonly List<IHttpClientBuilder> _apiClients = [];
    private readonly List<IHttpClientBuilder> _allClients = [];

    internal ZoomConnectorBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection the connector is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Configures every Zoom API client pipeline (service and per-user action clients, including ones added later),
    /// e.g. to add an auditing handler. Handlers added here run inside the connector's own handlers, closest to the wire.
    /// </summary>
    /// <param name="configure">Called with each API client's builder.</param>
    public ZoomConnectorBuilder ConfigureHttpClient(Action<IHttpClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _apiClientConfigurations.Add(configure);
        foreach (var client in _apiClients)
        {
            configure(client);
        }

        return this;
    }

    /// <summary>
    /// Replaces the primary handler of every connector client, the OAuth back channel included: the Zoom emulator
    /// and tests use this to stand in for Zoom.
    /// </summary>
    /// <param name="handlerFactory">Creates the primary handler.</param>
    public ZoomConnectorBuilder ConfigurePrimaryHandler(Func<IServiceProvider, HttpMessageHandler> handlerFactory)
    {
        ArgumentNullException.ThrowIfNull(handlerFactory);
        void Apply(IHttpClientBuilder client) => client.ConfigurePrimaryHttpMessageHandler(handlerFactory);
        _allClientConfigurations.Add(Apply);
        foreach (var client in _allClients)
        {
            Apply(client);
        }

        return this;
    }

    /// <summary>Registers an API client pipeline so that earlier and later configuration reaches it.</summary>
    internal void TrackApiClient(IHttpClientBuilder client)
    {
        _apiClients.Add(client);
        TrackClient(client);
        foreach (var configure in _apiClientConfigurations)
        {
            configure(client);
        }
    }

    /// <summary>Registers any connector client (API or OAuth back channel) for primary-handler configuration.</summary>
    internal void TrackClient(IHttpClientBuilder client)
    {
        _allClients.Add(client);
        foreach (var configure in _allClientConfigurations)
        {
            configure(client);
        }
    }
}
