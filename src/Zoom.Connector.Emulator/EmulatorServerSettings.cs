using System.Globalization;
using System.Net;

namespace Zoom.Connector.Emulator;

/// <summary>What the command line asked for.</summary>
internal sealed record EmulatorServerSettings
{
    public const string Usage = """
        zoom-emulator: a local Zoom (REST API v2, OAuth, webhooks) for development and tests.

        Usage: zoom-emulator [options]
          --port N              Port to listen on (default 9080; 0 picks a free one).
          --bind ADDRESS        Address to listen on (default 127.0.0.1; the emulator has no real security, keep it local).
          --data DIR            Keep the state in DIR (created if missing) so it survives restarts; default: in memory.
          --reset               Start over: delete the state kept in --data before starting.
          --seed N              Seed of the generated account (default 1).
          --users N             Generated users (default 25).
          --rate-limit N        Requests per second before Zoom's 429 (default: no limit).
          --webhook-url URL     POST Zoom-style signed events for changes made through the API to URL.
          --webhook-secret S    The secret token the events are signed with (required with --webhook-url).
          --redirect-uri URL    The redirect URI registered on its user-managed OAuth app (default
                                http://localhost:5000/zoom/oauth/callback): the callback of the app people sign in to.
          --help                Show this help.

        On start it prints the settings that point Zoom.Connector at it, one per line (Zoom__BaseUrl=...).
        """;

    public IPAddress Bind { get; init; } = IPAddress.Loopback;

    public int Port { get; init; } = 9080;

    public string? DataPath { get; init; }

    public bool Reset { get; init; }

    public int Seed { get; init; } = 1;

    public int Users { get; init; } = 25;

    public int? RateLimit { get; init; }

    public Uri? WebhookUrl { get; init; }

    public string? WebhookSecret { get; init; }

    /// <summary>The user-managed OAuth app's registered redirect URI; <see langword="null"/>: the emulator's default.</summary>
    public Uri? RedirectUri { get; init; }

    public bool Help { get; init; }

    /// <summary>Reads the arguments; a bad one throws <see cref="ArgumentException"/> naming the option.</summary>
    public static EmulatorServerSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new EmulatorServerSettings();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value()
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Option {name} needs a value. Run zoom-emulator --help for usage.");
                }

                return args[++i];
            }

            int Number(int min, int max)
            {
                var text = Value();
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
                {
                    throw new ArgumentException($"Option {name} must be a whole number from {min} to {max} (got '{text}').");
                }

                return value;
            }

            settings = name switch
            {
                "--port" => settings with { Port = Number(0, 65535) },
                "--bind" => settings with { Bind = IPAddress.TryParse(Value(), out var address) ? address : throw new ArgumentException($"Option --bind must be an IP address such as 127.0.0.1 (got '{args[i]}').") },
                "--data" => settings with { DataPath = Value() },
                "--reset" => settings with { Reset = true },
                "--seed" => settings with { Seed = Number(int.MinValue, int.MaxValue) },
                "--users" => settings with { Users = Number(1, 1_000_000) },
                "--rate-limit" => settings with { RateLimit = Number(1, 100_000) },
                "--webhook-url" => settings with
                {
                    WebhookUrl = Uri.TryCreate(Value(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                        ? url
                        : throw new ArgumentException("Option --webhook-url must be an absolute http or https URL."),
                },
                "--webhook-secret" => settings with { WebhookSecret = Value() },
                "--redirect-uri" => settings with
                {
                    // Matched exactly against the app's redirect_uri, as Zoom does; a fragment can never come back in a redirect.
                    RedirectUri = Uri.TryCreate(Value(), UriKind.Absolute, out var redirect) && (redirect.Scheme == Uri.UriSchemeHttp || redirect.Scheme == Uri.UriSchemeHttps) && redirect.Fragment.Length == 0
                        ? redirect
                        : throw new ArgumentException("Option --redirect-uri must be an absolute http or https URL without a fragment, e.g. http://localhost:5000/zoom/oauth/callback."),
                },
                "--help" or "-h" or "-?" => settings with { Help = true },
                _ => throw new ArgumentException($"Unknown option '{name}'. Run zoom-emulator --help for usage."),
            };
        }

        if (settings.Reset && settings.DataPath is null)
        {
            throw new ArgumentException("Option --reset needs --data DIR (without --data the state is in memory and every start is fresh).");
        }

        if ((settings.WebhookUrl is null) != (settings.WebhookSecret is null))
        {
            throw new ArgumentException("Options --webhook-url and --webhook-secret go together: give both or neither.");
        }

        return settings;
    }
}
