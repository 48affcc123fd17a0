using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;
using Zoom.Connector.Http.Pipeline;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Tests.DependencyInjection;

public sealed class AddZoomConnectorTests
{
    [Test]
    public void AddZoomConnector_CalledTwice_ChainHasEachHandlerOnce()
    {
        var services = new ServiceCollection();
        var first = services.AddZoomConnector(o => o.Service.AccessToken = "t");
        var second = services.AddZoomConnector(o => o.BaseUrl = "https://api.zoom.us/v2/");
        using var provider = services.BuildServiceProvider();

        var handlers = Chain(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(ZoomHttpClientNames.Service));

        Assert.That(second, Is.SameAs(first), "the second call returns the first builder, so its configuration reaches the clients");
        Assert.That(handlers.Count(h => h is ZoomTelemetryHandler), Is.EqualTo(1));
        Assert.That(handlers.Count(h => h is ZoomDailyCapHandler), Is.EqualTo(1));
        Assert.That(handlers.Count(h => h is ZoomBudgetHandler), Is.EqualTo(1));
        Assert.That(handlers.Count(h => h is ZoomAuthenticationHandler), Is.EqualTo(1));
        Assert.That(handlers.Count(h => h.GetType().Name.Contains("Resilience", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(services.Count(d => d.ServiceType == typeof(IZoomMeetingsApi)), Is.EqualTo(1));
    }

    [Test]
    public async Task AddZoomConnector_CalledTwice_RequestTakesOnePermitAndOneToken()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, "https://api.zoom.us/v2/users/me").Respond("application/json", """{"id":"u1","email":"a@example.com"}""");
        var limiter = new CountingLimiter();
        var tokens = new CountingTokens();
        var services = new ServiceCollection();
        services.AddSingleton<IZoomRateLimiter>(limiter);
        services.AddKeyedSingleton<IZoomAccessTokenProvider>(ZoomIdentityKeys.Service, tokens);
        services.AddZoomConnector().ConfigurePrimaryHandler(_ => mock);
        services.AddZoomConnector().ConfigurePrimaryHandler(_ => mock);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IZoomUsersApi>().GetUserAsync(ZoomUserIds.Me);

        Assert.That(limiter.Acquired, Is.EqualTo(1), "one permit per attempt");
        Assert.That(tokens.Asked, Is.EqualTo(1), "one auth handler asks for the token");
    }

    [Test]
    public void AddUserActions_AfterSecondAddZoomConnector_ActionsChainHasEachHandlerOnce()
    {
        var services = new ServiceCollection();
        services.AddZoomConnector(o =>
        {
            o.Service.AccessToken = "t";
            o.Actions.ClientId = "app";
            o.Actions.ClientSecret = "app-secret";
            o.Actions.RedirectUri = "https://host.example.com/zoom/callback";
        }).AddUserActions();
        services.AddZoomConnector().AddUserActions();
        using var provider = services.BuildServiceProvider();

        var handlers = Chain(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(ZoomHttpClientNames.Actions));

        Assert.That(handlers.Count(h => h is ZoomBudgetHandler), Is.EqualTo(1));
        Assert.That(handlers.Count(h => h is ZoomAuthenticationHandler), Is.EqualTo(1));
    }

    private static List<HttpMessageHandler> Chain(HttpMessageHandler handler)
    {
        var chain = new List<HttpMessageHandler>();
        for (HttpMessageHandler? h = handler; h is not null; h = (h as DelegatingHandler)?.InnerHandler)
        {
            chain.Add(h);
        }

        return chain;
    }

    private sealed class CountingLimiter : IZoomRateLimiter
    {
        private int _acquired;

        public int Acquired => _acquired;

        public ValueTask AcquireAsync(ZoomRateLimitCategory category, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _acquired);
            return ValueTask.CompletedTask;
        }

        public void OnResponse(ZoomRateLimitCategory category, ZoomRateLimitHeaders headers, bool isRateLimited)
        {
        }
    }

    private sealed class CountingTokens : IZoomAccessTokenProvider
    {
        private int _asked;

        public int Asked => _asked;

        public ValueTask<ZoomAccessToken> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _asked);
            return ValueTask.FromResult(new ZoomAccessToken("token", DateTimeOffset.MaxValue));
        }
    }
}
