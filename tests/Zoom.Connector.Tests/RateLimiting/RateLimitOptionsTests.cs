using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using Zoom.Connector.RateLimiting;
using Zoom.Connector.Http.Pipeline;

namespace Zoom.Connector.Tests.RateLimiting;

public sealed class RateLimitOptionsTests
{
    private static (ZoomRateLimitOptions RateLimit, ZoomResilienceOptions Resilience) Bind(Dictionary<string, string?> values, out string? failure)
    {
        values["Zoom:Service:AccessToken"] = "secret-token-value";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddZoomConnector(configuration.GetSection("Zoom"));
        using var provider = services.BuildServiceProvider();
        var failures = new List<string>();
        var rate = Read<ZoomRateLimitOptions>(provider, failures);
        var resilience = Read<ZoomResilienceOptions>(provider, failures);
        failure = failures.Count == 0 ? null : string.Join(" ", failures);
        return (rate, resilience);
    }

    private static T Read<T>(IServiceProvider provider, List<string> failures) where T : class, new()
    {
        try
        {
            return provider.GetRequiredService<IOptions<T>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            failures.Add(ex.Message);
            return new T();
        }
    }

    [Test]
    public void Bind_PlanCategoriesAndResilienceKeys_AreRead()
    {
        var options = Bind(new()
        {
            ["Zoom:RateLimit:Plan"] = "Pro",
            ["Zoom:RateLimit:Categories:Light:PermitsPerWindow"] = "25",
            ["Zoom:RateLimit:Categories:ResourceIntensive:Window"] = "00:02:00",
            ["Zoom:Resilience:MaxRetryAttempts"] = "5",
            ["Zoom:Resilience:AttemptTimeout"] = "00:00:10",
        }, out var failure);

        Assert.That(failure, Is.Null);
        Assert.That(options.RateLimit.Plan, Is.EqualTo(ZoomRatePlan.Pro));
        Assert.That(options.RateLimit.Categories.Light.PermitsPerWindow, Is.EqualTo(25));
        Assert.That(ZoomTokenBucketRateLimiter.Budget(options.RateLimit, ZoomRateLimitCategory.ResourceIntensive), Is.EqualTo((10, TimeSpan.FromMinutes(2))));
        Assert.That(options.Resilience.MaxRetryAttempts, Is.EqualTo(5));
        Assert.That(options.Resilience.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void Bind_SafetyMargin_IsReadAndUsedByTheAccountBudget()
    {
        var options = Bind(new() { ["Zoom:RateLimit:SafetyMargin"] = "00:00:00.025" }, out var failure);

        Assert.That(failure, Is.Null);
        Assert.That(options.RateLimit.SafetyMargin, Is.EqualTo(TimeSpan.FromMilliseconds(25)));
        using var limiter = new ZoomTokenBucketRateLimiter(Options.Create(options.RateLimit), TimeProvider.System);
        Assert.That(limiter.Account.SafetyMargin, Is.EqualTo(TimeSpan.FromMilliseconds(25)));
    }

    [TestCase("-00:00:00.001")]
    [TestCase("00:00:01")]
    public void Validate_SafetyMarginOutOfRange_NamesTheKey(string margin)
    {
        Bind(new() { ["Zoom:RateLimit:SafetyMargin"] = margin }, out var failure);

        Assert.That(failure, Is.Not.Null);
        Assert.That(failure, Does.Contain("Zoom:RateLimit:SafetyMargin").And.Contain("Zoom:RateLimit:Window"));
    }

    [Test]
    public void Validate_BadFigures_NameEachKey()
    {
        Bind(new()
        {
            ["Zoom:RateLimit:Categories:Heavy:PermitsPerWindow"] = "0",
            ["Zoom:Resilience:AttemptTimeout"] = "00:05:00",
            ["Zoom:Resilience:TotalTimeout"] = "00:01:00",
            ["Zoom:Resilience:MaxRetryAttempts"] = "50",
            ["Zoom:Resilience:CircuitBreakerFailureRatio"] = "0",
        }, out var failure);

        Assert.That(failure, Is.Not.Null);
        Assert.That(failure, Does.Contain("Zoom:RateLimit:Categories:Heavy:PermitsPerWindow")
            .And.Contain("Zoom:Resilience:AttemptTimeout")
            .And.Contain("Zoom:Resilience:MaxRetryAttempts")
            .And.Contain("Zoom:Resilience:CircuitBreakerFailureRatio"));
        Assert.That(failure, Does.Not.Contain("secret-token-value"));
    }
}
