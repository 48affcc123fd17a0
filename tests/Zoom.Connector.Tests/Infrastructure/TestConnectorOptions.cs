using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Downloads;
using Zoom.Connector.Http;
using Zoom.Connector.Http.Pipeline;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Sync;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.Tests.Infrastructure;

/// <summary>
/// The connector's options as a test sets them in one lambda: the root options (URLs, identities) and each feature's
/// own options type. <see cref="Register"/> runs the lambda once per options type through the real options system,
/// each time against that type's real instance (the other parts are throw-away), so what a test sets lands exactly
/// where the library reads it.
/// </summary>
public sealed class TestConnectorOptions
{
    public ZoomConnectorOptions Root { get; private init; } = new();

    public string BaseUrl { get => Root.BaseUrl; set => Root.BaseUrl = value; }

    public string TokenUrl { get => Root.TokenUrl; set => Root.TokenUrl = value; }

    public string AuthorizeUrl { get => Root.AuthorizeUrl; set => Root.AuthorizeUrl = value; }

    public ZoomServiceIdentityOptions Service { get => Root.Service; set => Root.Service = value; }

    public ZoomActionIdentityOptions Actions { get => Root.Actions; set => Root.Actions = value; }

    public ZoomRateLimitOptions RateLimit { get; private init; } = new();

    public ZoomResilienceOptions Resilience { get; private init; } = new();

    public ZoomRecordingDownloadOptions Downloads { get; private init; } = new();

    public ZoomWebhookOptions Webhooks { get; private init; } = new();

    public ZoomSyncOptions Sync { get; private init; } = new();

    public static void Register(IServiceCollection services, Action<TestConnectorOptions> configure)
    {
        services.Configure<ZoomConnectorOptions>(o => configure(new() { Root = o }));
        services.Configure<ZoomRateLimitOptions>(o => configure(new() { RateLimit = o }));
        services.Configure<ZoomResilienceOptions>(o => configure(new() { Resilience = o }));
        services.Configure<ZoomRecordingDownloadOptions>(o => configure(new() { Downloads = o }));
        services.Configure<ZoomWebhookOptions>(o => configure(new() { Webhooks = o }));
        services.Configure<ZoomSyncOptions>(o => configure(new() { Sync = o }));
    }
}
