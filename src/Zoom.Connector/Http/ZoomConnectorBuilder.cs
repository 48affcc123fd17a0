using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Zoom.Connector.Http;

/// <summary>
/// Returned by <c>AddZoomConnector</c> for further configuration of the connector's HTTP clients.
/// </summary>
public sealed class ZoomConnectorBuilder
{
    private readonly List<Action<IHttpClientBuilder>> _apiClientConfigurations = [];
    private readonly List<Action<IHttpClientBuilder>> _allClientConfigurations = [];
    private readonly List<IHttpClientBuilder> _apiClients = [];
    private readonly List<IHttpClientBuilder> _allClients = [];
    private readonly HashSet<(Type Options, IConfiguration Section)> _bound = [];

    internal ZoomConnectorBuilder(IServiceCollection services, IConfiguration? configuration, string path)
    {
        Services = services;
        Configuration = configuration;
        Path = new ZoomConfigurationPath(path);
    }

    /// <summary>The service collection the connector is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// The connector's configuration section (usually <c>Zoom</c>), or <see langword="null"/> when the options are set
    /// in code. Add-on packages read their own sub-sections from it (e.g. <c>Zoom:Redis</c>).
    /// </summary>
    public IConfiguration? Configuration { get; internal set; }

    /// <summary>The path of the connector's section, so validation messages name the real key.</summary>
    internal ZoomConfigurationPath Path { get; }

    /// <summary>
    /// Registers a feature's options: bound from its own sub-section of the connector's section (once per section),
    /// changed by <paramref name="configure"/> when given, and validated at start-up.
    /// </summary>
    /// <typeparam name="TOptions">The feature's options type.</typeparam>
    /// <param name="sectionName">The sub-section, e.g. <c>RateLimit</c>.</param>
    /// <param name="configure">Changes the options after binding.</param>
    /// <param name="bind">Binds the options to a section; called with the concrete type so the binding source generator serves it.</param>
    internal OptionsBuilder<TOptions> AddFeatureOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(string sectionName, Action<TOptions>? configure, Action<OptionsBuilder<TOptions>, IConfiguration> bind)
        where TOptions : class
    {
        var options = Services.AddOptions<TOptions>();
        if (Configuration is { } section && _bound.Add((typeof(TOptions), section)))
        {
            bind(options, section.GetSection(sectionName));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        return options.ValidateOnStart();
    }


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
