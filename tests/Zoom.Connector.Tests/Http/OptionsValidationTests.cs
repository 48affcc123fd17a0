using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Http;

namespace Zoom.Connector.Tests.Http;

public sealed class OptionsValidationTests
{
    private static OptionsValidationException Fails(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddZoomConnector(configuration.GetSection("Zoom"));
        using var provider = services.BuildServiceProvider();
        return Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value)!;
    }

    [Test]
    public void BaseUrl_Malformed_FailsNamingTheKeyNotTheValue()
    {
        var ex = Fails(new() { ["Zoom:BaseUrl"] = "not a url s3cr3t" });
        Assert.That(ex.Message, Does.Contain("Zoom:BaseUrl"));
        Assert.That(ex.Message, Does.Not.Contain("s3cr3t"));
    }

    [Test]
    public void BaseUrl_PlainHttpOnPublicHost_IsRefused()
    {
        var ex = Fails(new() { ["Zoom:BaseUrl"] = "http://api.zoom.us/v2/" });
        Assert.That(ex.Message, Does.Contain("Zoom:BaseUrl must use https"));
    }

    [Test]
    public void TokenUrl_PlainHttpOnPublicHost_IsRefused()
    {
        var ex = Fails(new() { ["Zoom:TokenUrl"] = "http://zoom.us/oauth/token" });
        Assert.That(ex.Message, Does.Contain("Zoom:TokenUrl"));
    }

    [Test]
    public void ClientIdWithoutSecret_FailsNamingTheKey()
    {
        var ex = Fails(new() { ["Zoom:Service:AccountId"] = "acc", ["Zoom:Service:ClientId"] = "id" });
        Assert.That(ex.Message, Does.Contain("Zoom:Service:ClientSecret is required"));
    }

    [Test]
    public void CustomSectionName_IsUsedInMessages()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Integrations:Zoom:BaseUrl"] = "ftp://x" }).Build();
        var services = new ServiceCollection();
        services.AddZoomConnector(configuration.GetSection("Integrations:Zoom"));
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value)!;
        Assert.That(ex.Message, Does.Contain("Integrations:Zoom:BaseUrl"));
    }

    [TestCase("http://localhost:5000/v2/")]
    [TestCase("http://127.0.0.1:8080/v2")]
    public void BaseUrl_PlainHttpOnLoopback_IsAllowed(string url)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Zoom:BaseUrl"] = url }).Build();
        var services = new ServiceCollection();
        services.AddZoomConnector(configuration.GetSection("Zoom"));
        using var provider = services.BuildServiceProvider();
        Assert.That(provider.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value.GetBaseUri().AbsoluteUri, Does.EndWith("/v2/"));
    }

    [Test]
    public void Defaults_AreZoomsEndpoints()
    {
        var options = new ZoomConnectorOptions();
        Assert.That(options.BaseUrl, Is.EqualTo("https://api.zoom.us/v2/"));
        Assert.That(options.AuthorizeUrl, Is.EqualTo("https://zoom.us/oauth/authorize"));
        Assert.That(options.TokenUrl, Is.EqualTo("https://zoom.us/oauth/token"));
        Assert.That(new Zoom.Connector.RateLimiting.ZoomRateLimitOptions().PermitsPerWindow, Is.EqualTo(55));
    }

    [Test]
    public void NoServiceIdentity_FirstCallSaysWhichKeysToSet()
    {
        var services = new ServiceCollection();
        services.AddZoomConnector();
        using var provider = services.BuildServiceProvider();
        var ex = Assert.ThrowsAsync<Zoom.Connector.Authentication.ZoomAuthenticationException>(() => provider.GetRequiredService<IZoomUsersApi>().GetUserAsync("me"));
        Assert.That(ex!.Message, Does.Contain("Zoom:Service:AccessToken"));
    }
}
