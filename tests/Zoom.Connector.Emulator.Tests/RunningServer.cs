using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Emulator.Tests;

/// <summary>The standalone server started in this process on a free loopback port, as <c>zoom-emulator --port 0</c> would.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public ZoomEmulator Emulator => _app.Services.GetRequiredService<ZoomEmulator>();

    /// <summary>The lines the server prints on start (<c>Zoom__BaseUrl=...</c>).</summary>
    public IReadOnlyList<string> EnvironmentLines => [.. EmulatorServer.EnvironmentLines(Address, Emulator)];

    public static async Task<RunningServer> StartAsync(params string[] args)
    {
        var settings = EmulatorServerSettings.Parse(["--port", "0", .. args]);
        var app = EmulatorServer.Build(settings);
        await app.StartAsync();
        return new RunningServer(app, EmulatorServer.Address(app));
    }

    public HttpClient Client(bool followRedirects = false)
        => new(new SocketsHttpHandler { AllowAutoRedirect = followRedirects }) { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
