using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.Tests.Security;

/// <summary><c>Zoom:Webhooks:MaxBodyBytes</c> has a sane upper bound, checked at start-up (int.MaxValue overflowed the buffer).</summary>
public sealed class WebhookBodyLimitTests
{
    private static ServiceProvider Build(int maxBodyBytes)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Zoom:Service:AccessToken"] = "t",
            ["Zoom:Webhooks:SecretToken"] = "whsec-1",
            ["Zoom:Webhooks:MaxBodyBytes"] = maxBodyBytes.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddZoomConnector(configuration.GetSection("Zoom")).AddWebhooks();
        return services.BuildServiceProvider();
    }

    [TestCase(int.MaxValue)]
    [TestCase(64 * 1024 * 1024 + 1)]
    public void AddWebhooks_MaxBodyBytesBeyondLimit_FailsAtStartNamingTheKey(int value)
    {
        using var provider = Build(value);

        var ex = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<ZoomWebhookOptions>>().Value)!;

        Assert.That(ex.Message, Does.Contain("Zoom:Webhooks:MaxBodyBytes"));
    }

    [Test]
    public void AddWebhooks_MaxBodyBytesAtLimit_IsAccepted()
    {
        using var provider = Build(64 * 1024 * 1024);

        Assert.That(provider.GetRequiredService<IOptions<ZoomWebhookOptions>>().Value.MaxBodyBytes, Is.EqualTo(64 * 1024 * 1024));
    }
}
