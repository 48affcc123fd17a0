using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Zoom.Connector.Api;

namespace Zoom.Connector.Testing.Tests;

/// <summary>The connector registered through its real DI extension with the emulator as primary handler, on a fake clock.</summary>
internal sealed class EmulatorHost : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private EmulatorHost(ServiceProvider services, FakeTimeProvider time)
    {
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public ZoomEmulator Emulator => Services.GetRequiredService<ZoomEmulator>();

    public IZoomUsersApi Users => Services.GetRequiredService<IZoomUsersApi>();

    public IZoomMeetingsApi Meetings => Services.GetRequiredService<IZoomMeetingsApi>();

    public IZoomRecordingsApi Recordings => Services.GetRequiredService<IZoomRecordingsApi>();

    public static EmulatorHost Create(Action<ZoomEmulatorOptions>? configure = null, DateTimeOffset? start = null)
    {
        var time = new FakeTimeProvider(start ?? Start);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddZoomConnector(_ => { }).UseZoomEmulator(configure);
        return new EmulatorHost(services.BuildServiceProvider(validateScopes: true), time);
    }

    /// <summary>A plain HttpClient on the emulator's handler, with a bearer token (the admin token by default).</summary>
    public HttpClient Raw(string? bearer = null, bool anonymous = false)
    {
        var client = new HttpClient(Emulator.CreateHandler()) { BaseAddress = new Uri("https://api.zoom.us/v2/") };
        if (!anonymous)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? Emulator.AdminAccessToken);
        }

        return client;
    }

    public static AuthenticationHeaderValue Basic(string id, string secret)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(id + ":" + secret)));

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response)
        => JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public void Dispose() => Services.Dispose();
}
