using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Redis.Tests;

/// <summary>
/// Several "instances" of a host (one service provider each) sharing one Redis key space, one emulated Zoom and one
/// Data Protection key ring, as a fleet behind a load balancer would.
/// </summary>
internal sealed class FleetHost : IDisposable
{
    private readonly List<ServiceProvider> _instances = [];

    public FleetHost(int instances, Action<ZoomEmulatorOptions>? emulator = null, IDictionary<string, string?>? settings = null)
    {
        var options = new ZoomEmulatorOptions { UseServerToServerCredentials = true, InvalidateOlderServerToServerTokens = true };
        emulator?.Invoke(options);
        Emulator = new ZoomEmulator(options);
        Prefix = RedisServer.NewPrefix();
        for (var i = 0; i < instances; i++)
        {
            NewInstance(settings);
        }
    }

    public ZoomEmulator Emulator { get; }

    public string Prefix { get; }

    /// <summary>One key ring shared by every instance (a fleet must share it).</summary>
    public IDataProtectionProvider KeyRing { get; } = new EphemeralDataProtectionProvider();

    public IReadOnlyList<ServiceProvider> Instances => _instances;

    /// <summary>A new instance on the same shared state (a restart, or one more node).</summary>
    /// <param name="settings">Configuration on top of the Redis connection.</param>
    /// <param name="configure">More registrations (after the connector's, so they win), e.g. a paused clock.</param>
    public ServiceProvider NewInstance(IDictionary<string, string?>? settings = null, Action<ZoomConnectorBuilder>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Zoom:Redis:Configuration"] = RedisServer.Configuration,
            ["Zoom:Redis:KeyPrefix"] = Prefix,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton(Emulator);
        var connector = services.AddZoomConnector(configuration.GetSection("Zoom"));
        connector.UseZoomEmulator(o => o.UseServerToServerCredentials = true)
            .AddUserActions()
            .UseRedis();
        services.AddSingleton(KeyRing);
        configure?.Invoke(connector);
        var provider = services.BuildServiceProvider();
        _instances.Add(provider);
        return provider;
    }

    public int TokenRequests(string grantType)
        => Emulator.Requests.Count(r => r.Method == "POST" && r.PathAndQuery.StartsWith("/oauth/token", StringComparison.Ordinal) && r.Identity is not null
            && GrantOf(r) == grantType);

    /// <summary>Token requests carry the grant in the form body, which the log does not keep; the client id tells them apart.</summary>
    private string GrantOf(EmulatorRequest request)
        => request.Identity == Emulator.ClientId ? "account_credentials" : "user";

    /// <summary>Signs a person in: starts on <paramref name="start"/>, lets Zoom redirect, completes on <paramref name="complete"/>.</summary>
    public async Task<ZoomAuthorizationResult> SignInAsync(string userKey, IServiceProvider start, IServiceProvider complete)
    {
        var request = start.GetRequiredService<IZoomAuthorizationFlow>().CreateAuthorizationRequest(userKey);
        using var client = new HttpClient(Emulator.CreateHandler()) { BaseAddress = new Uri("https://zoom.us/") };
        using var answer = await client.GetAsync(request.AuthorizationUri);
        if (answer.StatusCode is not (HttpStatusCode.Found or HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect))
        {
            throw new InvalidOperationException($"The emulator did not redirect the sign-in: {(int)answer.StatusCode}.");
        }

        var query = System.Web.HttpUtility.ParseQueryString(answer.Headers.Location!.Query);
        return await complete.GetRequiredService<IZoomAuthorizationFlow>().CompleteAuthorizationAsync(query["state"]!, query["code"]!);
    }

    public void Dispose()
    {
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }
    }
}
