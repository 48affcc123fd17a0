using Microsoft.AspNetCore.Authentication.Cookies;
using Zoom.Connector.Sync;
using Zoom.Connector.WebSample.Hosting;

namespace Zoom.Connector.WebSample;

/// <summary>
/// Builds the web sample: Razor Pages over the connector. With no Zoom credentials configured it runs on the built-in
/// emulator (in memory) and serves the emulator's sign-in page itself; with <c>Zoom:Service:*</c> and
/// <c>Zoom:Actions:*</c> set it talks to real Zoom.
/// </summary>
public static class WebSampleApp
{
    /// <summary>The stderr line that says the emulator answers.</summary>
    public const string EmulatorNotice = "No Zoom credentials configured (Zoom:Service:AccountId, ClientId, ClientSecret or AccessToken): the web sample uses the built-in Zoom emulator with generated data.";

    private static readonly string[] ServiceCredentialKeys = ["Service:AccessToken", "Service:AccountId", "Service:ClientId"];

    /// <summary>Builds the application (not started).</summary>
    /// <param name="args">Command-line arguments (e.g. <c>--urls http://127.0.0.1:0</c>).</param>
    /// <param name="configure">Extra configuration and registrations applied before the connector's (tests).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Razor Pages are found in this assembly even when a test process hosts the app.
            ApplicationName = typeof(WebSampleApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);

        var zoom = builder.Configuration.GetSection("Zoom");
        var usesEmulator = !ServiceCredentialKeys.Any(key => !string.IsNullOrWhiteSpace(zoom[key]));
        if (!usesEmulator && string.IsNullOrWhiteSpace(zoom["Actions:ClientId"]))
        {
            throw new InvalidOperationException(
                "The web sample signs people in with Zoom: with Zoom:Service:* configured, set Zoom:Actions:ClientId, ClientSecret and RedirectUri (ending in /zoom/oauth/callback) too, or remove Zoom:Service:* to use the built-in emulator.");
        }

        if (usesEmulator && string.IsNullOrWhiteSpace(zoom["AuthorizeUrl"]))
        {
            // The in-process emulator has no address of its own: this app serves its sign-in page (EmulatorSignIn).
            builder.Configuration["Zoom:AuthorizeUrl"] = EmulatorSignIn.PlaceholderAuthorizeUrl;
        }

        var sink = new InMemoryZoomSyncSink();
        var connector = builder.Services.AddZoomConnector(zoom)
            .AddUserActions()
            .AddSyncSink(sink)
            .AddSync();
        if (usesEmulator)
        {
            connector.UseZoomEmulator(o => o.DataPath = zoom["Emulator:DataPath"] is { Length: > 0 } path ? Path.GetFullPath(path) : null);
        }

        var webhooks = !string.IsNullOrWhiteSpace(zoom["Webhooks:SecretToken"]);
        if (webhooks)
        {
            connector.AddSyncFromWebhooks();
        }

        builder.Services.AddSingleton(sink);
        builder.Services.AddSingleton(new WebSampleEnvironment(
            usesEmulator,
            webhooks,
            new Uri(builder.Configuration["Zoom:AuthorizeUrl"] ?? "https://zoom.us/oauth/authorize"),
            WebSampleEnvironment.DescribeZoom(usesEmulator, zoom["BaseUrl"])));
        builder.Services.AddSingleton<SyncHistory>();
        builder.Services.AddSingleton<IZoomSyncObserver>(sp => sp.GetRequiredService<SyncHistory>());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<SignedInPerson>();

        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Meetings", SignedInPerson.Policy);
            pages.Conventions.AuthorizeFolder("/Recordings", SignedInPerson.Policy);
            pages.Conventions.AuthorizeFolder("/Sync", SignedInPerson.Policy);
        });
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            // __Host-: Secure, Path=/, no Domain. Browsers treat http://localhost and 127.0.0.1 as secure contexts.
            cookie.Cookie.Name = "__Host-websample";
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/signin";
            cookie.AccessDeniedPath = "/signin";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(SignedInPerson.Policy, policy => policy.RequireClaim(SignedInPerson.ZoomUserIdClaim));
        // Antiforgery refuses SecurePolicy.Always on plain http (the loopback default), so its cookie is Secure when the
        // request is; it holds no secret of the person (a token only meaningful with the form's field).
        builder.Services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "websample-af");

        var app = builder.Build();
        if (usesEmulator)
        {
            Console.Error.WriteLine(EmulatorNotice);
        }

        app.UseExceptionHandler("/error");
        app.UseMiddleware<SecurityHeaders>();
        if (usesEmulator)
        {
            app.UseMiddleware<EmulatorSignIn.RedirectRewriter>();
        }

        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapGet("/site.css", SiteStylesheet.Serve).AllowAnonymous();

        // The library's sign-in binding: the state is bound to this browser by a __Host- cookie, and the callback
        // must be completed by the session that started it.
        app.MapZoomSignIn("/zoom/oauth/signin", o => o.IdentityKey = SignedInPerson.IdentityKeyOf);
        app.MapZoomOAuthCallback("/zoom/oauth/callback", o =>
        {
            o.SuccessPath = "/signed-in";
            o.ExpectedIdentityKey = SignedInPerson.IdentityKeyOf;
        });
        if (webhooks)
        {
            app.MapZoomWebhooks("/zoom/webhooks");
        }

        app.MapGet("/meetings/{id:long}/calendar.ics", CalendarDownload.HandleAsync).RequireAuthorization(SignedInPerson.Policy);
        app.MapRazorPages();
        return app;
    }
}

/// <summary>What the app is connected to.</summary>
/// <param name="UsesEmulator">Whether the built-in emulator answers.</param>
/// <param name="Webhooks">Whether Zoom webhooks feed the sync store (<c>Zoom:Webhooks:SecretToken</c> set).</param>
/// <param name="AuthorizeUrl">Where sign-ins go (forms may be submitted towards it).</param>
/// <param name="ZoomDescription">Which Zoom answers, for the footer (<see cref="DescribeZoom"/>).</param>
public sealed record WebSampleEnvironment(bool UsesEmulator, bool Webhooks, Uri AuthorizeUrl, string ZoomDescription)
{
    /// <summary>Zoom's REST API when <c>Zoom:BaseUrl</c> is not set (the connector's default).</summary>
    public const string DefaultBaseUrl = "https://api.zoom.us/v2/";

    /// <summary>
    /// Which Zoom the app talks to, in a few words a page may show: "the built-in emulator", or the host (and port) of
    /// <c>Zoom:BaseUrl</c>, marked "(standalone emulator)" on a loopback address. Only the host: a URL's user
    /// information, path and query are never shown (someone may have put a secret there).
    /// </summary>
    public static string DescribeZoom(bool usesEmulator, string? baseUrl)
    {
        if (usesEmulator)
        {
            return "the built-in emulator";
        }

        var text = string.IsNullOrWhiteSpace(baseUrl) ? DefaultBaseUrl : baseUrl.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            // The connector's options validation refuses such a value at start; say nothing of it here.
            return "the Zoom API set in Zoom:BaseUrl";
        }

        var host = uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}:{uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return uri.IsLoopback ? $"{host} (standalone emulator)" : host;
    }
}
