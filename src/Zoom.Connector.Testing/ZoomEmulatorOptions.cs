namespace Zoom.Connector.Testing;

/// <summary>
/// Settings of a <see cref="ZoomEmulator"/>: the size and seed of the generated account, and the limits it enforces.
/// Every default is stated on its property.
/// </summary>
public sealed class ZoomEmulatorOptions
{
    /// <summary>Seed of the generated data: the same seed always gives the same users, meetings and recordings. Default 1.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// Number of generated users (the first one is the account owner that <c>me</c> resolves to for account-level tokens).
    /// Default 25. Users are small; their meetings and recordings are generated lazily, the first time a request
    /// touches them, so tens of thousands of users stay cheap.
    /// </summary>
    public int UserCount { get; set; } = 25;

    /// <summary>Generated meetings per active user (one past, one upcoming, one weekly recurring, then more of the same). Default 3.</summary>
    public int MeetingsPerUser { get; set; } = 3;

    /// <summary>Generated cloud recordings per active user, spread over the 60 days before the emulator was created. Default 2.</summary>
    public int RecordingsPerUser { get; set; } = 2;

    /// <summary>
    /// The account's request budget in requests per second; over it the emulator answers 429 with Zoom's QPS headers.
    /// Default <see langword="null"/>: off, so tests that freeze time with a fake <see cref="TimeProvider"/> never run
    /// out of budget by accident. Set it (Zoom's Business plans allow about 55-80 light requests a second) to test
    /// back-off.
    /// </summary>
    public int? RequestsPerSecond { get; set; }

    /// <summary>Lifetime of access tokens issued by the token endpoint. Default 1 hour (Zoom's).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Lifetime of authorization codes. Default 5 minutes (Zoom's).</summary>
    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Lifetime of a <c>next_page_token</c>. Default 15 minutes (Zoom's).</summary>
    public TimeSpan PageTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Meeting creates plus updates allowed per host per UTC day. Default 100 (Zoom's).</summary>
    public int DailyMeetingWritesPerHost { get; set; } = 100;

    /// <summary>The redirect URI registered on the emulator's OAuth app, matched exactly. Default <c>http://localhost:5000/zoom/oauth/callback</c>.</summary>
    public string OAuthRedirectUri { get; set; } = "http://localhost:5000/zoom/oauth/callback";

    /// <summary>
    /// How <c>UseZoomEmulator</c> fills in a service identity when none is configured: <see langword="false"/> (default)
    /// sets <c>Zoom:Service:AccessToken</c> to the emulator's admin token; <see langword="true"/> sets
    /// <c>Zoom:Service:AccountId</c>, <c>ClientId</c> and <c>ClientSecret</c> to the emulator's Server-to-Server app, so the
    /// connector's own <c>account_credentials</c> token flow runs against the emulator.
    /// </summary>
    public bool UseServerToServerCredentials { get; set; }

    /// <summary>
    /// A folder where the emulator keeps its state (<c>state.json</c>), so changes survive the process and processes
    /// sharing the folder see each other's changes. Every change is saved at once (atomic replace, owner-only
    /// permissions: the file holds tokens); a lock file makes processes take turns. Default <see langword="null"/>:
    /// state lives in memory only. Bound from <c>Zoom:Emulator:DataPath</c> where a host binds these options.
    /// </summary>
    public string? DataPath { get; set; }

    /// <summary>
    /// Send Zoom-style signed webhooks for changes made through the API to a receiver. Default <see langword="null"/>:
    /// no webhooks.
    /// </summary>
    public ZoomEmulatorWebhookOptions? Webhooks { get; set; }

    internal void Validate()
    {
        Webhooks?.Validate();
        if (UserCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(UserCount), UserCount, "ZoomEmulatorOptions.UserCount must be at least 1 (the account owner).");
        }

        if (UserCount > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(UserCount), UserCount, "ZoomEmulatorOptions.UserCount must be at most 1,000,000.");
        }

        if (MeetingsPerUser is < 0 or > 499)
        {
            throw new ArgumentOutOfRangeException(nameof(MeetingsPerUser), MeetingsPerUser, "ZoomEmulatorOptions.MeetingsPerUser must be between 0 and 499.");
        }

        if (RecordingsPerUser is < 0 or > 499)
        {
            throw new ArgumentOutOfRangeException(nameof(RecordingsPerUser), RecordingsPerUser, "ZoomEmulatorOptions.RecordingsPerUser must be between 0 and 499.");
        }

        if (RequestsPerSecond is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(RequestsPerSecond), RequestsPerSecond, "ZoomEmulatorOptions.RequestsPerSecond must be at least 1 (or null for no limit).");
        }

        if (AccessTokenLifetime <= TimeSpan.Zero || AuthorizationCodeLifetime <= TimeSpan.Zero || PageTokenLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(AccessTokenLifetime), "ZoomEmulatorOptions lifetimes (AccessTokenLifetime, AuthorizationCodeLifetime, PageTokenLifetime) must be positive.");
        }

        if (DailyMeetingWritesPerHost < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(DailyMeetingWritesPerHost), DailyMeetingWritesPerHost, "ZoomEmulatorOptions.DailyMeetingWritesPerHost must be at least 1.");
        }

        if (!Uri.TryCreate(OAuthRedirectUri, UriKind.Absolute, out _))
        {
            throw new ArgumentException("ZoomEmulatorOptions.OAuthRedirectUri must be an absolute URI.", nameof(OAuthRedirectUri));
        }
    }
}
