using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Health;
using Zoom.Connector.Testing;

namespace Zoom.Connector.AspNetCore.Tests;

/// <summary><c>app.MapZoomHealthChecks()</c>: the zoom-tagged checks as JSON, 200 or 503.</summary>
public sealed class HealthEndpointTests
{
    private const string WrongSecret = "wrong-secret-never-printed-1234";

    [Test]
    public async Task HealthEndpoint_EverythingFine_200WithEachCheckAsJson()
    {
        await using var app = await StartAsync(wrongSecret: false);

        using var response = await app.Client.GetAsync("/health/zoom");
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var checks = root.GetProperty("checks");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(root.GetProperty("duration_ms").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(checks.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { ZoomHealthChecks.ServiceToken, ZoomHealthChecks.Budget, ZoomHealthChecks.Sync }));
            Assert.That(checks.GetProperty(ZoomHealthChecks.ServiceToken).GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(checks.GetProperty(ZoomHealthChecks.ServiceToken).GetProperty("data").GetProperty("identity_kind").GetString(), Is.EqualTo("server_to_server"));
            Assert.That(checks.GetProperty(ZoomHealthChecks.Budget).GetProperty("data").GetProperty("rate_limited_recent").GetInt32(), Is.Zero);
            Assert.That(checks.GetProperty(ZoomHealthChecks.Budget).GetProperty("description").GetString(), Is.Not.Empty);
            Assert.That(body, Does.Not.Contain(app.Get<ZoomEmulator>().ClientSecret));
        });
    }

    [Test]
    public async Task HealthEndpoint_CredentialsRefused_503NamingTheKeysNotTheSecret()
    {
        await using var app = await StartAsync(wrongSecret: true);

        using var response = await app.Client.GetAsync("/health/zoom");
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var token = json.RootElement.GetProperty("checks").GetProperty(ZoomHealthChecks.ServiceToken);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("Unhealthy"));
            Assert.That(token.GetProperty("status").GetString(), Is.EqualTo("Unhealthy"));
            Assert.That(token.GetProperty("description").GetString(), Does.Contain("Zoom:Service:ClientSecret").And.Contain("invalid_client"));
            Assert.That(token.GetProperty("data").GetProperty("last_failure_error").GetString(), Is.EqualTo("invalid_client"));
            Assert.That(body, Does.Not.Contain(WrongSecret).And.Not.Contain("exception"));
        });
    }

    [Test]
    public void MapZoomHealthChecks_WithoutAddZoomHealthChecks_SaysWhatToCall()
    {
        var failure = Assert.ThrowsAsync<InvalidOperationException>(async () => await TestApp.StartAsync(
            services => services.AddZoomConnector(o => o.Service.AccessToken = "t"),
            app => app.MapZoomHealthChecks()));

        Assert.That(failure!.Message, Does.Contain("AddZoomHealthChecks()"));
    }

    private static Task<TestApp> StartAsync(bool wrongSecret)
        => TestApp.StartAsync(
            services =>
            {
                services.AddSingleton(sp => new ZoomEmulator(new ZoomEmulatorOptions { UserCount = 2 }, sp.GetRequiredService<TimeProvider>()));
                services.AddZoomConnector()
                    .UseZoomEmulator(o => o.UseServerToServerCredentials = true)
                    .AddZoomHealthChecks();
                if (wrongSecret)
                {
                    services.PostConfigure<Zoom.Connector.Http.ZoomConnectorOptions>(o => o.Service.ClientSecret = WrongSecret);
                }
            },
            app => app.MapZoomHealthChecks());
}
