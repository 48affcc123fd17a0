using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Emulator;

/// <summary>
/// Hosts one <see cref="ZoomEmulator"/> over HTTP: every request under <c>/v2/</c> and <c>/oauth/</c> goes to the same
/// handler the in-process mode uses, so both modes answer alike; <c>/__emulator/</c> is the admin API and a browser
/// reaching <c>/oauth/authorize</c> gets a page to choose who signs in.
/// </summary>
internal static class EmulatorServer
{
    /// <summary>Builds the server (not started). Throws <see cref="ZoomEmulatorStateException"/> for an unusable data folder.</summary>
    public static WebApplication Build(EmulatorServerSettings settings, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Reset && settings.DataPath is { } resetPath)
        {
            ZoomEmulator.ResetDataFolder(resetPath);
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(EmulatorServer).Assembly.GetName().Name });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(settings.Bind, settings.Port);
            kestrel.Limits.MaxRequestBodySize = RequestBodyLimit.MaxBytes;
        });
        var emulator = new ZoomEmulator(
            new ZoomEmulatorOptions
            {
                DataPath = settings.DataPath,
                Seed = settings.Seed,
                UserCount = settings.Users,
                RequestsPerSecond = settings.RateLimit,
                Webhooks = settings.WebhookUrl is { } url ? new ZoomEmulatorWebhookOptions { Url = url, SecretToken = settings.WebhookSecret } : null,
                OAuthRedirectUri = settings.RedirectUri?.OriginalString ?? new ZoomEmulatorOptions().OAuthRedirectUri,
            },
            timeProvider);
        builder.Services.AddSingleton(emulator);
        var app = builder.Build();
        var invoker = new HttpMessageInvoker(emulator.CreateHandler());
        app.Lifetime.ApplicationStopping.Register(invoker.Dispose);

        RequestBodyLimit.Use(app);
        AdminApi.Map(app, emulator);
        app.MapGet("/oauth/authorize", (HttpContext context) => context.Request.Query.ContainsKey("login_hint")
            ? ForwardAsync(context, invoker)
            : AuthorizePage.WriteAsync(context, emulator));
        app.Map("/oauth/{**rest}", (HttpContext context) => ForwardAsync(context, invoker));
        app.Map("/v2/{**rest}", (HttpContext context) => ForwardAsync(context, invoker));
        app.Map("/rec/{**rest}", (HttpContext context) => ForwardAsync(context, invoker));
        app.MapGet("/", () => Results.Text("Zoom emulator: REST API under /v2/, OAuth under /oauth/, admin API under /__emulator/ (see docs/emulator.md).\n"));
        return app;
    }

    /// <summary>The address the server listens on, once started (the real port when started with port 0).</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var uri = new Uri(address);

        // Kestrel reports the address it bound; a wildcard bind is reached through loopback from this machine.
        var host = uri.Host is "0.0.0.0" or "[::]" ? "127.0.0.1" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port, "/").Uri;
    }

    /// <summary>The environment settings that point Zoom.Connector at this server, one per line (<c>Zoom__BaseUrl=...</c>).</summary>
    public static IEnumerable<string> EnvironmentLines(Uri address, ZoomEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(emulator);
        var root = address.GetLeftPart(UriPartial.Authority);
        yield return $"Zoom__BaseUrl={root}/v2/";
        yield return $"Zoom__TokenUrl={root}/oauth/token";
        yield return $"Zoom__AuthorizeUrl={root}/oauth/authorize";
        yield return $"Zoom__Service__AccountId={emulator.ServiceAccountId}";
        yield return $"Zoom__Service__ClientId={emulator.ClientId}";

        // The emulator's own made-up secret, printed on purpose so `export $(... | grep ^Zoom__)` works; not a Zoom secret.
        yield return $"Zoom__Service__ClientSecret={emulator.ClientSecret}";

        // Its user-managed OAuth app, so a web host (the web sample) can sign people in on the emulator's authorize page.
        yield return $"Zoom__Actions__ClientId={emulator.OAuthClientId}";
        yield return $"Zoom__Actions__ClientSecret={emulator.OAuthClientSecret}";
        yield return $"Zoom__Actions__RedirectUri={emulator.OAuthRedirectUri}";
    }

    /// <summary>Turns the ASP.NET Core request into the <see cref="HttpRequestMessage"/> the emulator's handler serves, and back.</summary>
    private static async Task ForwardAsync(HttpContext context, HttpMessageInvoker invoker)
    {
        // The raw target keeps the path as sent: a UUID with '/' is double-encoded, and decoding it here would change it.
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (context.Request.Path + context.Request.QueryString).ToString();
        var uri = new Uri($"{context.Request.Scheme}://{context.Request.Host}{rawTarget}");
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), uri);
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            request.Content = new ByteArrayContent(buffer.ToArray());
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values) && request.Content is not null)
            {
                request.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        HttpResponseMessage response;
        try
        {
            response = await invoker.SendAsync(request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            // An injected "drop" fault: the client sees the connection reset, as it would on a network failure.
            context.Abort();
            return;
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                if (!string.Equals(name, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.Headers[name] = values.ToArray();
                }
            }

            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the server until Ctrl+C; the exit code for the process.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        EmulatorServerSettings settings;
        try
        {
            settings = EmulatorServerSettings.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return 2;
        }

        if (settings.Help)
        {
            await output.WriteAsync(EmulatorServerSettings.Usage).ConfigureAwait(false);
            return 0;
        }

        WebApplication app;
        try
        {
            app = Build(settings);
        }
        catch (ZoomEmulatorStateException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return 2;
        }

        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync().ConfigureAwait(false);
            }
            catch (IOException exception)
            {
                await error.WriteLineAsync($"Cannot listen on {settings.Bind}:{settings.Port} ({exception.Message}). Choose another --port.").ConfigureAwait(false);
                return 2;
            }

            var emulator = app.Services.GetRequiredService<ZoomEmulator>();
            foreach (var line in EnvironmentLines(Address(app), emulator))
            {
                await output.WriteLineAsync(line).ConfigureAwait(false);
            }

            await output.WriteLineAsync(settings.DataPath is null
                ? "# state: in memory (use --data DIR to keep it)"
                : $"# state: {emulator.StatePath}").ConfigureAwait(false);
            await output.WriteLineAsync("# Ctrl+C to stop").ConfigureAwait(false);
            await output.FlushAsync().ConfigureAwait(false);
            await app.WaitForShutdownAsync().ConfigureAwait(false);
        }

        return 0;
    }
}
