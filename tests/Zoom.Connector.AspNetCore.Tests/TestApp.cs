using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Zoom.Connector.Http;

namespace Zoom.Connector.AspNetCore.Tests;

/// <summary>A minimal web application on ASP.NET Core's in-memory TestServer, on a fake clock.</summary>
internal sealed class TestApp : IAsyncDisposable
{
    public const string Secret = "whsec-AspNet-4Rt8Yu2";

    /// <summary>
    /// The fake clock starts at the real time (whole seconds): a browser's cookie jar judges a cookie's Expires by the
    /// real clock, so a fixed start date would expire the sign-in binding cookie as soon as that date passed.
    /// </summary>
    public static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    private TestApp(WebApplication app, FakeTimeProvider time)
    {
        App = app;
        Time = time;
        // HTTPS and a cookie jar, like a browser: the sign-in binding cookie is Secure.
        Client = new HttpClient(new CookieJarHandler(app.GetTestServer().CreateHandler())) { BaseAddress = new Uri("https://localhost/") };
    }

    public WebApplication App { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Client { get; }

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public static async Task<TestApp> StartAsync(
        Action<IServiceCollection> services,
        Action<WebApplication> map)
    {
        var time = new FakeTimeProvider(Start);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(time);
        services(builder.Services);
        var app = builder.Build();
        try
        {
            map(app);
            await app.StartAsync();
        }
        catch
        {
            // Mapping refused the configuration: release the host before the test sees the exception.
            await app.DisposeAsync();
            throw;
        }

        return new TestApp(app, time);
    }

    public static ZoomConnectorBuilder AddConnectorWithWebhooks(IServiceCollection services)
        => services.AddZoomConnector(o => o.Service.AccessToken = "unused")
            .AddWebhooks(o => o.SecretToken = Secret);

    /// <summary>A POST signed like Zoom does, computed here with the HMACSHA256 class.</summary>
    public HttpRequestMessage SignedPost(string path, byte[] body, string secret = Secret, DateTimeOffset? at = null)
    {
        var ts = (at ?? Time.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash([.. Encoding.UTF8.GetBytes("v0:" + ts + ":"), .. body]);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("x-zm-request-timestamp", ts);
        request.Headers.Add("x-zm-signature", "v0=" + Convert.ToHexStringLower(hash));
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
