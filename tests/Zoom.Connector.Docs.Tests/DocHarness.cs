using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Zoom.Connector.Authentication;
using Zoom.Connector.Clients;
using Zoom.Connector.Models;
using Zoom.Connector.Scheduling;
using Zoom.Connector.Sync;
using Zoom.Connector.Docs.Tests.HostTypes;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Docs.Tests;

/// <summary>
/// What a snippet takes for granted: an ASP.NET Core host builder (its <c>services</c>, <c>configuration</c>), and the
/// objects a host would have at hand (<c>flow</c>, <c>userKey</c>, <c>scheduler</c>, <c>ct</c>, ...), all served by the
/// Zoom emulator. A snippet's free variables are bound to these by name (see <see cref="SnippetProgram"/>); the
/// provider is built lazily, after the snippet's own registrations, and gets the emulator added when the snippet did
/// not add it.
/// </summary>
public sealed class DocHarness : IAsyncDisposable
{
    private readonly HashSet<string> _needs = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private IServiceProvider? _captured;
    private bool _capturedStopped;
    private ServiceProvider? _afterRun;
    private RecordingAuthorizationFlow? _flow;
    private string? _userKey;
    private bool _startedByHarness;

    /// <summary>Creates the builder; <paramref name="folder"/> is its content root (and the snippet's working folder).</summary>
    public DocHarness(string folder, CancellationToken cancellationToken)
    {
        Folder = folder;
        CancellationToken = cancellationToken;
        Builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Development" });
        Builder.Configuration.Sources.Clear();   // no appsettings.json or environment variables of the machine running the tests
        Builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // The limiter paces on the real clock; a generous budget keeps snippets that list the account fast.
            ["Zoom:RateLimit:PermitsPerWindow"] = "10000",
            ["Zoom:Webhooks:SecretToken"] = "docs-snippet-webhook-secret",
        });
        Builder.WebHost.UseTestServer();
        // A host's own sign-in (cookies), which snippets protect endpoints with (`.RequireAuthorization()`); the
        // WebApplication adds the authentication and authorization middleware itself when these are registered.
        Builder.Services.AddAuthentication("Cookies").AddCookie("Cookies");
        Builder.Services.AddAuthorization();
        Builder.Services.AddSingleton<IMyMeetingStore, MyMeetingStore>();
        Builder.Services.AddSingleton<IMyArchive, MyArchive>();
        Builder.Services.AddHostedService(sp => new CaptureOnStart(this, sp));

        // Served by the emulator whatever the snippet registers (a snippet's own UseZoomEmulator options then do not
        // apply: the first emulator registered is used). A snippet that builds and runs its own app needs it too.
        Builder.Services.AddZoomConnector(Builder.Configuration.GetSection("Zoom")).UseZoomEmulator();
    }

    /// <summary>The snippet's working folder.</summary>
    public string Folder { get; }

    /// <summary><c>ct</c> / <c>cancellationToken</c>.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary><c>builder</c>.</summary>
    public WebApplicationBuilder Builder { get; }

    /// <summary><c>services</c>.</summary>
    public IServiceCollection Services => Builder.Services;

    /// <summary><c>configuration</c>.</summary>
    public IConfiguration Configuration => Builder.Configuration;

    /// <summary><c>fakeTime</c>: starts now, so relative dates in snippets stay in the future.</summary>
    public FakeTimeProvider FakeTime { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The number of GET endpoints without route parameters that were requested after the snippet ran.</summary>
    public int EndpointsProbed { get; private set; }

    /// <summary>Declares that a snippet uses a feature the harness registers when the snippet did not (e.g. <c>sync</c>).</summary>
    public void Needs(string feature) => _needs.Add(feature);

    /// <summary><c>app</c>: the host, built from the registrations made so far.</summary>
    public WebApplication App => _app ??= BuildApp();

    /// <summary><c>provider</c>: the app's services (or those of the app the snippet built and ran itself).</summary>
    public IServiceProvider Provider => _capturedStopped ? AfterRun() : _captured ?? App.Services;

    /// <summary><c>emulator</c>.</summary>
    public ZoomEmulator Emulator => Provider.GetRequiredService<ZoomEmulator>();

    /// <summary>A service of the app.</summary>
    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    /// <summary><c>flow</c>: the app's flow, remembering the last authorization request for <see cref="CodeAsync"/>.</summary>
    public IZoomAuthorizationFlow Flow => _flow ??= new RecordingAuthorizationFlow(Get<IZoomAuthorizationFlow>());

    /// <summary><c>userKey</c>: a person signed in through the emulator (the account owner); signed in again when <paramref name="again"/>.</summary>
    public async Task<string> UserKeyAsync(bool again = false)
    {
        if (_userKey is null || again)
        {
            const string key = "avery.morgan@example.com";
            var request = Flow.CreateAuthorizationRequest(key);
            await Flow.CompleteAuthorizationAsync(request.State, await CodeAsync(), key, CancellationToken);
            _userKey = key;
        }

        return _userKey;
    }

    /// <summary><c>state</c>: the state of the last authorization request (what Zoom's redirect carries).</summary>
    public string State => (_flow?.Last ?? throw new InvalidOperationException("`state` is used before an authorization request was created.")).State;

    /// <summary><c>code</c>: the code the emulator's authorize endpoint redirects with for the last request.</summary>
    public async Task<string> CodeAsync()
    {
        var last = _flow?.Last ?? throw new InvalidOperationException("`code` is used before an authorization request was created.");
        using var client = new HttpClient(Emulator.CreateHandler(), disposeHandler: true);
        using var response = await client.GetAsync(last.AuthorizationUri, CancellationToken);
        if (response.StatusCode != HttpStatusCode.Found || response.Headers.Location is not { } location)
        {
            throw new InvalidOperationException($"The emulator's authorize endpoint answered {(int)response.StatusCode}.");
        }

        return System.Web.HttpUtility.ParseQueryString(location.Query)["code"]
            ?? throw new InvalidOperationException("The emulator's redirect has no code.");
    }

    /// <summary><c>meetingRequest</c>: a meeting a week from today at 09:00.</summary>
    public static MeetingCreateRequest MeetingRequest => new()
    {
        Topic = "Docs snippet",
        Type = MeetingType.Scheduled,
        StartTime = DateOnly.FromDateTime(DateTime.Today).AddDays(7).ToDateTime(new TimeOnly(9, 0)),
        Timezone = "Europe/Paris",
        Duration = 30,
    };

    /// <summary><c>request</c>: a schedule request a week from today at 09:00.</summary>
    public static ScheduleMeetingRequest ScheduleRequest => new()
    {
        Topic = "Docs snippet",
        Start = DateOnly.FromDateTime(DateTime.Today).AddDays(7).ToDateTime(new TimeOnly(9, 0)),   // Unspecified kind: wall clock
        TimeZone = "Europe/Paris",
        Duration = TimeSpan.FromMinutes(30),
    };

    /// <summary><c>id</c>: a meeting of the emulator's account owner, with a start in the past for recordings.</summary>
    public long MeetingId => Emulator.Meetings.First(m => m.HostId == Emulator.AdminUserId).Id;

    /// <summary><c>email</c>: a user of the account other than its owner.</summary>
    public string UserEmail => Emulator.Users.Last(u => u.Id != Emulator.AdminUserId && u.Email is not null).Email!;

    /// <summary><c>userId</c>: the account owner's id.</summary>
    public string UserId => Emulator.AdminUserId;

    /// <summary><c>start</c>: yesterday at 09:00 UTC (a recording's start).</summary>
    public static DateTimeOffset RecordingStart => new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-1).AddHours(9);

    /// <summary>
    /// After the snippet's statements: builds and starts the app unless the snippet ran it (start-up checks the
    /// options), requests every GET endpoint without route parameters the snippet mapped (none may answer 5xx), stops it.
    /// </summary>
    public async Task FinishAsync()
    {
        if (_captured is not null)
        {
            return;   // the snippet built and ran its own app, which started (and so validated) and stopped
        }

        var app = App;
        _startedByHarness = true;
        await app.StartAsync(CancellationToken);
        try
        {
            var routes = ((IEndpointRouteBuilder)app).DataSources
                .SelectMany(d => d.Endpoints)
                .OfType<RouteEndpoint>()
                .Where(e => e.RoutePattern.Parameters.Count == 0
                    && (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? false))
                .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
                .ToList();
            using var client = app.GetTestClient();
            foreach (var route in routes)
            {
                using var response = await client.GetAsync(route, CancellationToken);
                if ((int)response.StatusCode >= 500)
                {
                    throw new InvalidOperationException($"GET {route} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(CancellationToken)}");
                }

                EndpointsProbed++;
            }
        }
        finally
        {
            await app.StopAsync(CancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_afterRun is not null)
        {
            await _afterRun.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>The snippet ran its app to the end (which disposed its services): the same registrations, built again.</summary>
    private ServiceProvider AfterRun()
    {
        if (_afterRun is null)
        {
            var copy = new ServiceCollection();
            foreach (var descriptor in Services.Where(static d => d.ServiceType != typeof(IHostedService)))
            {
                ((ICollection<ServiceDescriptor>)copy).Add(descriptor);
            }

            _afterRun = copy.BuildServiceProvider();
        }

        return _afterRun;
    }

    private WebApplication BuildApp()
    {
        var connector = Services.AddZoomConnector(Configuration.GetSection("Zoom"));
        if (!Services.Any(d => d.ServiceType == typeof(ZoomEmulator)))
        {
            connector.UseZoomEmulator();
        }

        if (!Services.Any(d => d.ServiceType == typeof(IZoomUserClientFactory)))
        {
            connector.AddUserActions();
        }

        if (_needs.Contains("sync") && !Services.Any(d => d.ServiceType == typeof(IZoomSyncTrigger)))
        {
            connector.AddSync().AddSyncSink(new InMemoryZoomSyncSink());
        }

        return Builder.Build();
    }

    /// <summary>Captures the services of whichever app starts; stops an app the snippet ran with <c>app.Run()</c>.</summary>
    private sealed class CaptureOnStart(DocHarness harness, IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (!harness._startedByHarness)
            {
                harness._captured = services;
                var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
                lifetime.ApplicationStarted.Register(lifetime.StopApplication);
                lifetime.ApplicationStopped.Register(() => harness._capturedStopped = true);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>The app's flow, remembering the last request so the harness can play Zoom's redirect.</summary>
    private sealed class RecordingAuthorizationFlow(IZoomAuthorizationFlow inner) : IZoomAuthorizationFlow
    {
        public ZoomAuthorizationRequest? Last { get; private set; }

        public TimeSpan StateLifetime => inner.StateLifetime;

        public ZoomAuthorizationRequest CreateAuthorizationRequest(string identityKey) => Last = inner.CreateAuthorizationRequest(identityKey);

        public Task<ZoomAuthorizationResult> CompleteAuthorizationAsync(string state, string code, string? expectedIdentityKey = null, CancellationToken cancellationToken = default)
            => inner.CompleteAuthorizationAsync(state, code, expectedIdentityKey, cancellationToken);

        public Task SignOutAsync(string identityKey, CancellationToken cancellationToken = default) => inner.SignOutAsync(identityKey, cancellationToken);
    }
}
