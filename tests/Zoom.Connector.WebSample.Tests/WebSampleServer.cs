using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zoom.Connector.Testing;

namespace Zoom.Connector.WebSample.Tests;

/// <summary>
/// The web sample started in this process on Kestrel at http://127.0.0.1:0 (a real port), on its in-process emulator
/// unless <c>configure</c> points it at a Zoom (the standalone emulator's settings).
/// </summary>
public sealed class WebSampleServer : IAsyncDisposable
{
    private WebSampleServer(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }

    /// <summary>The address the app listens on, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    public IServiceProvider Services => App.Services;

    public ZoomEmulator Emulator => Services.GetRequiredService<ZoomEmulator>();

    /// <param name="configure">Extra configuration and registrations (before the connector's).</param>
    /// <param name="url">Where Kestrel listens; port 0 picks a free one.</param>
    public static async Task<WebSampleServer> StartAsync(Action<WebApplicationBuilder>? configure = null, string url = "http://127.0.0.1:0")
    {
        var app = WebSampleApp.Build(["--urls", url, "--environment", "Production"], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);

            // A stopping host must not wait long for the browser's keep-alive connections.
            builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
            configure?.Invoke(builder);
        });
        using var starting = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await app.StartAsync(starting.Token);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new WebSampleServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await App.StopAsync(stopping.Token);
        await App.DisposeAsync();
    }
}
