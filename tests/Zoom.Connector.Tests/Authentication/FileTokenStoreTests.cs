using System.Net;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Zoom.Connector.Authentication;
using Zoom.Connector.Clients;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Tests.Authentication;

public sealed class FileTokenStoreTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Path.Combine(Path.GetTempPath(), "zoom-file-store-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public async Task UseLocalStore_HostRestarts_PersonStaysSignedIn()
    {
        var emulator = new ZoomEmulator();
        var keyRing = new EphemeralDataProtectionProvider();
        await using (var first = Host(emulator, keyRing))
        {
            await SignInAsync(emulator, first, "alice@example.com");
        }

        await using var restarted = Host(emulator, keyRing);
        var me = await restarted.GetRequiredService<IZoomUserClientFactory>().ForUser("alice@example.com").Users.GetUserAsync("me");

        Assert.That(me.Id, Is.Not.Null);
        Assert.That(emulator.Requests.Count(r => r.PathAndQuery.StartsWith("/oauth/token", StringComparison.Ordinal)), Is.EqualTo(1), "no new sign-in or refresh was needed");
    }

    [Test]
    public async Task UseLocalStore_Files_NotPlainTextAndOwnerOnly()
    {
        var emulator = new ZoomEmulator();
        await using var host = Host(emulator, new EphemeralDataProtectionProvider());
        await SignInAsync(emulator, host, "bob@example.com");
        var stored = (await host.GetRequiredService<IZoomTokenStore>().GetAsync("bob@example.com"))!;

        var files = Directory.GetFiles(_folder);
        var everything = string.Join('\n', files.Select(f => Path.GetFileName(f) + Encoding.Latin1.GetString(File.ReadAllBytes(f))));

        Assert.That(files, Has.Some.EndsWith(".token"));
        Assert.That(everything, Does.Not.Contain(stored.Entry.AccessToken));
        Assert.That(everything, Does.Not.Contain(stored.Entry.RefreshToken!));
        Assert.That(everything, Does.Not.Contain("bob"), "identity keys are hashed in file names");
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(_folder), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(files.Select(File.GetUnixFileMode), Is.All.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }
    }

    [Test]
    public async Task TrySetAsync_StaleVersion_RefusedAndVersionsNeverReused()
    {
        using var store = new ZoomFileTokenStore(_folder, new ZoomTokenProtector(new EphemeralDataProtectionProvider()));
        var entry = new ZoomTokenEntry { AccessToken = "at-1", RefreshToken = "rt-1", ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) };

        var first = await store.TrySetAsync("carol", entry, 0);
        var newer = await store.TrySetAsync("carol", entry with { RefreshToken = "rt-2" }, first!.Version);
        var stale = await store.TrySetAsync("carol", entry with { RefreshToken = "rt-old" }, first.Version);
        var removed = await store.TryRemoveAsync("carol", newer!.Version);
        var again = await store.TrySetAsync("carol", entry, 0);

        Assert.That(stale, Is.Null);
        Assert.That(removed, Is.True);
        Assert.That(again!.Version, Is.GreaterThan(newer.Version));
        Assert.That((await store.GetAsync("carol"))!.Entry.RefreshToken, Is.EqualTo("rt-1"));
    }

    [Test]
    public async Task GetAsync_OtherKeyRing_ClearErrorAndFileKept()
    {
        using (var writer = new ZoomFileTokenStore(_folder, new ZoomTokenProtector(new EphemeralDataProtectionProvider())))
        {
            await writer.TrySetAsync("dave", new ZoomTokenEntry { AccessToken = "at", ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) }, 0);
        }

        using var reader = new ZoomFileTokenStore(_folder, new ZoomTokenProtector(new EphemeralDataProtectionProvider()));

        var failure = Assert.ThrowsAsync<ZoomAuthenticationException>(async () => await reader.GetAsync("dave"));
        Assert.That(failure!.Message, Does.Contain("Data Protection key ring").And.Contain("dave"));
        Assert.That(Directory.GetFiles(_folder, "*.token"), Has.Length.EqualTo(1), "nothing is deleted");
    }

    [Test]
    public async Task UseLocalStore_HostRestartsBetweenStartAndCompleteOfASignIn_SignInCompletes()
    {
        var emulator = new ZoomEmulator();
        var keyRing = new EphemeralDataProtectionProvider();
        Uri authorizationUri;
        await using (var first = Host(emulator, keyRing))
        {
            authorizationUri = first.GetRequiredService<IZoomAuthorizationFlow>().CreateAuthorizationRequest("erin@example.com").AuthorizationUri;
        }

        // The person signs in at Zoom while the host restarts; the redirect reaches the new process.
        using var browser = new HttpClient(emulator.CreateHandler());
        using var answer = await browser.GetAsync(authorizationUri);
        var query = System.Web.HttpUtility.ParseQueryString(answer.Headers.Location!.Query);
        await using var restarted = Host(emulator, keyRing);
        var flow = restarted.GetRequiredService<IZoomAuthorizationFlow>();
        var result = await flow.CompleteAuthorizationAsync(query["state"]!, query["code"]!);

        Assert.That(result, Is.Not.Null);
        Assert.That(await restarted.GetRequiredService<IZoomTokenStore>().GetAsync("erin@example.com"), Is.Not.Null, "the emulator accepted the PKCE verifier kept on disk");
        var reused = Assert.ThrowsAsync<ZoomAuthorizationStateException>(async () => await flow.CompleteAuthorizationAsync(query["state"]!, query["code"]!));
        Assert.That(reused!.Problem, Is.EqualTo(ZoomAuthorizationStateProblem.Reused));
    }

    [Test]
    public async Task FileStateStore_PendingSignIn_NothingInClearOwnerOnlySingleUse()
    {
        const string State = "state-9f1c2d7e5b3a";
        const string Verifier = "verifier-4b8e1f6a2c9d7e3b5a1f";
        var folder = Path.Combine(_folder, "signins");
        var store = new ZoomFileAuthorizationStateStore(folder, new EphemeralDataProtectionProvider(), TimeProvider.System);
        store.Add(State, new ZoomPendingAuthorization("frank@example.com", Verifier, "https://host.example/cb", DateTimeOffset.UtcNow.AddMinutes(10)));

        var files = Directory.GetFiles(folder);
        var everything = string.Join('\n', files.Select(f => Path.GetFileName(f) + Encoding.Latin1.GetString(File.ReadAllBytes(f))));

        Assert.That(files, Has.Some.EndsWith(".pending"));
        Assert.That(everything, Does.Not.Contain(Verifier).And.Not.Contain(State).And.Not.Contain("frank").And.Not.Contain("host.example"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(folder), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(files.Select(File.GetUnixFileMode), Is.All.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }

        var taken = await new ZoomFileAuthorizationStateStore(folder, new EphemeralDataProtectionProvider(), TimeProvider.System).TakeAsync("unknown-state");
        var pending = await store.TakeAsync(State);
        Assert.That(taken, Is.Null);
        Assert.That(pending, Is.Not.Null);
        Assert.That((pending!.IdentityKey, pending.CodeVerifier, pending.RedirectUri), Is.EqualTo(("frank@example.com", Verifier, "https://host.example/cb")));
        Assert.That(async () => await store.TakeAsync(State), Throws.InstanceOf<ZoomAuthorizationStateException>().With.Property("Problem").EqualTo(ZoomAuthorizationStateProblem.Reused));
        Assert.That(Directory.GetFiles(folder, "*.pending"), Is.Empty);
    }

    [Test]
    public async Task FileStateStore_MoreThanCapForOnePerson_OldestForgottenOthersKept()
    {
        var store = new ZoomFileAuthorizationStateStore(_folder, new EphemeralDataProtectionProvider(), TimeProvider.System);
        var expires = DateTimeOffset.UtcNow.AddMinutes(10);
        for (var i = 0; i <= IZoomAuthorizationStateStore.MaxPendingPerIdentity; i++)
        {
            store.Add("s" + i, new ZoomPendingAuthorization("mallory", "v", "http://localhost/cb", expires));
        }

        store.Add("other", new ZoomPendingAuthorization("alice", "v", "http://localhost/cb", expires));

        Assert.That(Directory.GetFiles(_folder, "*.pending"), Has.Length.EqualTo(IZoomAuthorizationStateStore.MaxPendingPerIdentity + 1));
        Assert.That(await store.TakeAsync("s0"), Is.Null);
        Assert.That(await store.TakeAsync("s1"), Is.Not.Null);
        Assert.That(await store.TakeAsync("s" + IZoomAuthorizationStateStore.MaxPendingPerIdentity), Is.Not.Null);
        Assert.That(await store.TakeAsync("other"), Is.Not.Null, "another person's sign-in is untouched");
    }

    private ServiceProvider Host(ZoomEmulator emulator, IDataProtectionProvider keyRing)
    {
        var services = new ServiceCollection();
        services.AddSingleton(emulator);
        services.AddZoomConnector().UseZoomEmulator().AddUserActions().UseLocalStore(_folder);
        services.AddSingleton(keyRing);
        return services.BuildServiceProvider();
    }

    private static async Task SignInAsync(ZoomEmulator emulator, IServiceProvider host, string userKey)
    {
        var flow = host.GetRequiredService<IZoomAuthorizationFlow>();
        var request = flow.CreateAuthorizationRequest(userKey);
        using var client = new HttpClient(emulator.CreateHandler());
        using var answer = await client.GetAsync(request.AuthorizationUri);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var query = System.Web.HttpUtility.ParseQueryString(answer.Headers.Location!.Query);
        await flow.CompleteAuthorizationAsync(query["state"]!, query["code"]!);
    }
}

public sealed class InMemoryAuthorizationStateStoreTests
{
    [Test]
    public async Task Add_MoreThanCapForOnePerson_OldestForgottenOthersKept()
    {
        var store = new InMemoryZoomAuthorizationStateStore(TimeProvider.System);
        var expires = DateTimeOffset.UtcNow.AddMinutes(10);
        for (var i = 0; i <= IZoomAuthorizationStateStore.MaxPendingPerIdentity; i++)
        {
            store.Add("s" + i, new ZoomPendingAuthorization("mallory", "v", "http://localhost/cb", expires));
        }

        store.Add("other", new ZoomPendingAuthorization("alice", "v", "http://localhost/cb", expires));

        Assert.That(await store.TakeAsync("s0"), Is.Null);
        Assert.That(await store.TakeAsync("s1"), Is.Not.Null);
        Assert.That(await store.TakeAsync("other"), Is.Not.Null, "another person's sign-in is untouched");
        Assert.That(store.Count, Is.EqualTo(IZoomAuthorizationStateStore.MaxPendingPerIdentity + 1), "taken states are remembered to recognise reuse");
    }
}
