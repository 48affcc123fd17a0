using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zoom.Connector.Testing;
using Zoom.Connector.Http;

namespace Zoom.Connector.Sample.Hosting;

/// <summary>How a command wants its host.</summary>
/// <param name="Stderr">Diagnostics and logs.</param>
/// <param name="Verbose"><c>--verbose</c>: the connector's logs at Debug.</param>
/// <param name="Configure">Extra registrations applied before the connector's (tests register a clock or an emulator).</param>
/// <param name="Configuration">Configuration to use instead of appsettings.json, user-secrets and environment variables.</param>
/// <param name="Connector">The command's own additions to the connector (e.g. sync and its sink).</param>
/// <param name="ResetEmulator"><c>--reset</c> / <c>reset</c>: delete the built-in emulator's saved state first.</param>
internal sealed record SampleHostSettings(
    TextWriter Stderr,
    bool Verbose,
    Action<IServiceCollection>? Configure,
    IConfiguration? Configuration,
    Action<ZoomConnectorBuilder>? Connector = null,
    bool ResetEmulator = false);

/// <summary>
/// Builds the app's host the way the hosts it models do (<see cref="Host.CreateApplicationBuilder()"/>): configuration
/// from appsettings.json next to the app, user-secrets (id <c>zoom-connector-sample</c>) and environment variables
/// (<c>Zoom__Service__ClientId</c>); logging to stderr only; options validated when the host starts.
/// </summary>
internal static class SampleHost
{
    /// <summary>The stderr line that says the emulator answers.</summary>
    public const string EmulatorNotice = "No Zoom credentials configured (Zoom:Service:AccountId, ClientId, ClientSecret or AccessToken): using the built-in Zoom emulator with generated data.";

    private static readonly string[] ServiceCredentialKeys = ["Service:AccessToken", "Service:AccountId", "Service:ClientId"];

    public static IHost Build(SampleHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        // No defaults: the command line belongs to System.CommandLine (not configuration), and the default console
        // logger would write to stdout, which carries results and the one JSON document.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "Zoom.Connector.Sample",
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (settings.Configuration is null)
        {
            builder.Configuration
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddUserSecrets(typeof(SampleHost).Assembly, optional: true)
                .AddEnvironmentVariables();
        }
        else
        {
            builder.Configuration.AddConfiguration(settings.Configuration);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new TextWriterLoggerProvider(settings.Stderr));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // The app reports every outcome itself (one line per failure); the connector's own log is for --verbose, or
        // for Logging:LogLevel:Zoom.Connector in configuration, which comes after this default and so wins.
        builder.Logging.AddFilter("Zoom.Connector", LogLevel.None);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // The host logs a start-up failure with the exception's message, which can quote a configuration value (a
        // secret under the wrong key); the app reports that failure itself, naming only the key.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        if (settings.Verbose)
        {
            // Every category of the library starts with its root namespace (docs/logging.md).
            builder.Logging.AddFilter("Zoom.Connector", LogLevel.Debug);
        }

        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        settings.Configure?.Invoke(builder.Services);

        // An emulator the caller registered (tests) lives only as long as the host: its grants die with it.
        var callerEmulator = builder.Services.Any(static d => d.ServiceType == typeof(ZoomEmulator));
        var zoom = builder.Configuration.GetSection("Zoom");
        var connector = builder.Services.AddZoomConnector(zoom);
        var usesEmulator = !ServiceCredentialKeys.Any(key => !string.IsNullOrWhiteSpace(zoom[key]));
        var dataPath = EmulatorDataPath(zoom);
        var signInPath = usesEmulator && callerEmulator ? null : SignInPath(dataPath, usesEmulator);
        if (settings.ResetEmulator)
        {
            ZoomEmulator.ResetDataFolder(dataPath);

            // The emulator forgets its grants, so the tokens kept for it are dead too.
            if (usesEmulator && signInPath is not null && Directory.Exists(signInPath))
            {
                Directory.Delete(signInPath, recursive: true);
            }
        }

        if (usesEmulator)
        {
            // Kept in a data folder, so what one command creates the next one finds (docs/sample.md).
            connector.UseZoomEmulator(o => o.DataPath = dataPath);
            settings.Stderr.WriteLine($"{EmulatorNotice} Its state is kept in {dataPath} (start over with --reset).");
        }

        // Per-user action identities (--as): the emulator's OAuth app stands in when Zoom:Actions is not configured.
        var actionsConfigured = !string.IsNullOrWhiteSpace(zoom["Actions:ClientId"]);
        if (usesEmulator || actionsConfigured)
        {
            // --as: people's tokens (and sign-ins in progress) are kept on disk, encrypted with Data Protection's
            // default key ring in the user profile, so a person signed in once stays signed in across runs.
            connector.AddUserActions();
            if (signInPath is not null)
            {
                builder.Services.AddDataProtection().SetApplicationName("Zoom.Connector.Sample");
                builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);   // key-ring notices are not the app's output
                connector.UseLocalStore(signInPath);
            }
        }

        settings.Connector?.Invoke(connector);
        builder.Services.AddSingleton(new SampleEnvironment(UsesEmulator: usesEmulator, UserActions: usesEmulator || actionsConfigured, EmulatorDataPath: dataPath, SignInPath: signInPath));
        return builder.Build();
    }

    /// <summary>
    /// Where the built-in emulator keeps its state: <c>Zoom:Emulator:DataPath</c>, else <c>.zoom-emulator/</c> under the
    /// current directory. An emulator the caller registered already (tests) is kept as it is.
    /// </summary>
    private static string EmulatorDataPath(IConfiguration zoom)
        => Path.GetFullPath(zoom["Emulator:DataPath"] is { Length: > 0 } path ? path : ".zoom-emulator");

    /// <summary>
    /// Where <c>--as</c> keeps people's tokens: <c>signed-in/</c> in the emulator's data folder (they belong to that
    /// emulator's grants, and <c>--reset</c> drops both), else <c>.zoom-sample/signed-in/</c> under the current directory.
    /// </summary>
    private static string SignInPath(string emulatorDataPath, bool usesEmulator)
        => usesEmulator ? Path.Combine(emulatorDataPath, "signed-in") : Path.GetFullPath(Path.Combine(".zoom-sample", "signed-in"));
}

/// <summary>What the app is connected to.</summary>
/// <param name="UsesEmulator">Whether the built-in emulator answers (no Zoom credentials configured).</param>
/// <param name="UserActions">Whether per-user action identities are available (emulator, or <c>Zoom:Actions</c> configured).</param>
/// <param name="EmulatorDataPath">Where the built-in emulator keeps its state (<c>Zoom:Emulator:DataPath</c>, default <c>.zoom-emulator/</c> under the current directory).</param>
/// <param name="SignInPath">Where <c>--as</c> keeps people's tokens (<c>UseLocalStore</c>); <see langword="null"/> with an emulator the caller registered (in memory: its grants die with it).</param>
internal sealed record SampleEnvironment(bool UsesEmulator, bool UserActions, string EmulatorDataPath, string? SignInPath);
