using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Zoom.Connector.Tests.Authentication;
using Zoom.Connector.Http;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Webhooks;

/// <summary>The connector with webhooks enabled through the real DI registration, on a fake clock.</summary>
internal sealed class WebhookTestHost : IDisposable
{
    public const string Secret = "whsec-Test-7Qp2Lm9Xv4";

    /// <summary>2026-12-02T12:00:00Z, epoch seconds 1796212800.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    private WebhookTestHost(ServiceProvider services, FakeTimeProvider time, CapturingLoggerProvider logs)
    {
        Services = services;
        Time = time;
        Logs = logs;
    }

    public CapturingLoggerProvider Logs { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static WebhookTestHost Create(Action<TestConnectorOptions>? configure = null, Action<ZoomConnectorBuilder>? connector = null, Action<IServiceCollection>? configureServices = null)
    {
        var time = new FakeTimeProvider(Now);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton<TimeProvider>(time);
        var builder = services.AddZoomConnector().AddWebhooks();
        TestConnectorOptions.Register(services, o =>
        {
            o.Service.AccessToken = "unused-token";
            o.Webhooks.SecretToken = Secret;
            configure?.Invoke(o);
        });
        connector?.Invoke(builder);
        configureServices?.Invoke(services);
        return new WebhookTestHost(services.BuildServiceProvider(validateScopes: true), time, logs);
    }

    /// <summary>Zoom's signature computed here with the HMACSHA256 class, independently of the library's code.</summary>
    public static string Sign(string secret, string timestamp, byte[] body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var message = Encoding.UTF8.GetBytes("v0:" + timestamp + ":").Concat(body).ToArray();
        return "v0=" + string.Concat(hmac.ComputeHash(message).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    public static string Seconds(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public void Dispose() => Services.Dispose();
}
