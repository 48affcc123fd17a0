using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.Tests.Webhooks;

[TestFixture]
public sealed class WebhookOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, bool webhooks = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        var builder = services.AddZoomConnector(configuration.GetSection("Zoom"));
        if (webhooks)
        {
            builder.AddWebhooks();
        }

        return services.BuildServiceProvider();
    }

    [Test]
    public void AddWebhooks_NoSecretToken_FailsNamingTheKey()
    {
        using var provider = Build(new() { ["Zoom:Service:AccessToken"] = "t" });

        var ex = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<ZoomWebhookOptions>>().Value)!;

        Assert.That(ex.Message, Does.Contain("Zoom:Webhooks:SecretToken is required"));
    }

    [Test]
    public void AddWebhooks_BadRanges_FailNamingKeysNotValues()
    {
        using var provider = Build(new()
        {
            ["Zoom:Webhooks:SecretToken"] = "s3cr3t-value",
            ["Zoom:Webhooks:AllowedClockSkew"] = "02:00:00",
            ["Zoom:Webhooks:DeduplicationWindow"] = "00:00:00",
            ["Zoom:Webhooks:DeduplicationCapacity"] = "0",
            ["Zoom:Webhooks:MaxBodyBytes"] = "10",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<ZoomWebhookOptions>>().Value)!;

        Assert.That(ex.Message, Does.Contain("Zoom:Webhooks:AllowedClockSkew"));
        Assert.That(ex.Message, Does.Contain("Zoom:Webhooks:DeduplicationWindow"));
        Assert.That(ex.Message, Does.Contain("Zoom:Webhooks:DeduplicationCapacity"));
        Assert.That(ex.Message, Does.Contain("Zoom:Webhooks:MaxBodyBytes"));
        Assert.That(ex.Message, Does.Not.Contain("s3cr3t-value"));
    }

    [Test]
    public void WithoutAddWebhooks_MissingSecretToken_IsNotAnError()
    {
        using var provider = Build(new() { ["Zoom:Service:AccessToken"] = "t" }, webhooks: false);

        Assert.That(provider.GetRequiredService<IOptions<ZoomWebhookOptions>>().Value.SecretToken, Is.Null);
    }

    [Test]
    public void Options_BoundFromConfiguration_ReadSecretAndDefaultsAndHideSecretInToString()
    {
        using var provider = Build(new() { ["Zoom:Webhooks:SecretToken"] = "s3cr3t-value" });

        var options = provider.GetRequiredService<IOptions<ZoomWebhookOptions>>().Value;

        Assert.That(options.SecretToken, Is.EqualTo("s3cr3t-value"));
        Assert.That(options.AllowedClockSkew, Is.EqualTo(TimeSpan.FromMinutes(5)));
        Assert.That(options.ToString(), Does.Not.Contain("s3cr3t-value"));
        Assert.That(provider.GetRequiredService<ZoomWebhookVerifier>(), Is.Not.Null);
    }
}
