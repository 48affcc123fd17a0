using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using RichardSzalay.MockHttp;

namespace Zoom.Connector.Tests.Infrastructure;

/// <summary>
/// The connector registered through its real DI extension, with MockHttp as the primary handler. Any request that
/// no expectation or definition matches fails the test.
/// </summary>
public sealed class ZoomTestHost : IDisposable
{
    public const string BaseUrl = "https://api.zoom.us/v2/";
    public const string AccessToken = "test-access-token-3f9c2a";

    private ZoomTestHost(ServiceProvider services, MockHttpMessageHandler mock)
    {
        Services = services;
        Mock = mock;
    }

    public ServiceProvider Services { get; }

    public MockHttpMessageHandler Mock { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static ZoomTestHost Create(Action<TestConnectorOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var mock = new MockHttpMessageHandler();
        mock.Fallback.Respond(request =>
        {
            Assert.Fail($"Unexpected request: {request.Method} {request.RequestUri}");
            return new HttpResponseMessage(HttpStatusCode.NotImplemented);
        });

        var collection = new ServiceCollection();
        collection.AddZoomConnector()
            .ConfigurePrimaryHandler(_ => mock);
        TestConnectorOptions.Register(collection, options =>
        {
            options.Service.AccessToken = AccessToken;
            // Retries wait real time unless a test drives a FakeTimeProvider; tests that exercise them turn them on.
            options.Resilience.MaxRetryAttempts = 0;
            configure?.Invoke(options);
        });
        services?.Invoke(collection);
        return new ZoomTestHost(collection.BuildServiceProvider(validateScopes: true), mock);
    }

    public void Dispose()
    {
        Services.Dispose();
        Mock.Dispose();
    }
}
