using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Zoom.Connector.Authentication;

namespace Zoom.Connector.Tests.Health;

/// <summary>The service identity's token outcomes as the health check reads them.</summary>
[TestFixture]
public sealed class ServiceTokenStatusTests
{
    [Test]
    public async Task ObservedProvider_RenewalRefusedAfter401_CachedRefusedTokenDoesNotCountAsSuccess()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var status = new ZoomServiceTokenStatus(time);
        var stale = new ZoomAccessToken("stale-token", time.GetUtcNow().AddHours(1));
        var inner = new ScriptedProvider(stale);
        var observed = new ZoomObservedTokenProvider(inner, status);

        await observed.GetAccessTokenAsync(forceRefresh: false);
        var healthy = status.Current;
        time.Advance(TimeSpan.FromSeconds(1));
        inner.RenewFailure = new ZoomOAuthException("Zoom's OAuth endpoint refused the account_credentials request with HTTP 400 (BadRequest): invalid_client.", "account_credentials", System.Net.HttpStatusCode.BadRequest, "invalid_client", null);
        Assert.That(async () => await observed.RenewAsync(stale, CancellationToken.None), Throws.InstanceOf<ZoomOAuthException>());
        time.Advance(TimeSpan.FromSeconds(1));
        await observed.GetAccessTokenAsync(forceRefresh: false);   // the provider's cache hands out the refused token again
        var afterRefusal = status.Current;
        inner.Token = new ZoomAccessToken("fresh-token", time.GetUtcNow().AddHours(1));
        time.Advance(TimeSpan.FromSeconds(1));
        await observed.GetAccessTokenAsync(forceRefresh: false);

        Assert.Multiple(() =>
        {
            Assert.That(healthy.Failing, Is.False);
            Assert.That(afterRefusal.Failing, Is.True, "the refused token is no proof of health");
            Assert.That(afterRefusal.LastFailure, Is.InstanceOf<ZoomOAuthException>());
            Assert.That(status.Current.Failing, Is.False, "a new token is");
            Assert.That(status.Current.ExpiresAt, Is.EqualTo(inner.Token.ExpiresAt));
        });
    }

    private sealed class ScriptedProvider(ZoomAccessToken token) : IZoomAccessTokenProvider
    {
        public ZoomAccessToken Token { get; set; } = token;

        public Exception? RenewFailure { get; set; }

        public ValueTask<ZoomAccessToken> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken = default)
            => forceRefresh && RenewFailure is { } failure ? ValueTask.FromException<ZoomAccessToken>(failure) : ValueTask.FromResult(Token);
    }
}
