using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Http;

namespace Zoom.Connector.Authentication;

/// <summary>An OAuth app's client id and secret. <see cref="ToString"/> never prints the secret.</summary>
internal sealed record ZoomClientCredentials(string ClientId, string ClientSecret)
{
    public AuthenticationHeaderValue ToBasicHeader()
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}")));

    public override string ToString() => $"ZoomClientCredentials {{ ClientId = {ClientId} }}";
}

/// <summary>The token endpoint's success answer.</summary>
internal sealed record ZoomTokenResponse
{
    public string? AccessToken { get; init; }

    public string? TokenType { get; init; }

    public string? RefreshToken { get; init; }

    public long? ExpiresIn { get; init; }

    public string? Scope { get; init; }

    /// <summary>The store entry; a missing refresh token keeps <paramref name="previousRefreshToken"/>.</summary>
    public ZoomTokenEntry ToEntry(DateTimeOffset receivedAt, string? previousRefreshToken = null)
        => new()
        {
            AccessToken = AccessToken!,
            ExpiresAt = receivedAt + TimeSpan.FromSeconds(ExpiresIn is > 0 ? ExpiresIn.Value : ZoomOAuthClient.DefaultLifetimeSeconds),
            RefreshToken = RefreshToken ?? previousRefreshToken,
            Scopes = Scope?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
        };

    public override string ToString() => $"ZoomTokenResponse {{ ExpiresIn = {ExpiresIn}, Scope = {Scope} }}";
}

/// <summary>The token endpoint's error answer: <c>{"reason": ..., "error": ...}</c> (some answers use code/message).</summary>
internal sealed record ZoomOAuthErrorBody
{
    public string? Reason { get; init; }

    public string? Error { get; init; }

    public int? Code { get; init; }

    public string? Message { get; init; }
}

/// <summary>Source-generated JSON for the OAuth back channel's own types.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ZoomTokenResponse))]
[JsonSerializable(typeof(ZoomOAuthErrorBody))]
internal sealed partial class ZoomOAuthJsonContext : JsonSerializerContext;

/// <summary>
/// The OAuth back channel: Zoom's token and revoke endpoints, called through the named client
/// <see cref="ZoomHttpClientNames.OAuth"/> (no auth handler, no rate limit). Client authentication is a Basic header,
/// parameters go in a form-url-encoded body. Nothing secret is logged or put in an exception message.
/// </summary>
internal sealed partial class ZoomOAuthClient(
    IHttpClientFactory httpClientFactory,
    IOptions<ZoomConnectorOptions> options,
    TimeProvider timeProvider,
    ILogger<ZoomOAuthClient> logger)
{
    /// <summary>Zoom's access-token lifetime, used when an answer omits <c>expires_in</c>.</summary>
    public const int DefaultLifetimeSeconds = 3600;

    /// <summary>How long a back-channel request (headers and body) may take: 30 seconds.</summary>
    public static readonly TimeSpan BackChannelTimeout = TimeSpan.FromSeconds(30);

    private const int MaxBodyBytes = ZoomResponseBody.DefaultLimit;

    /// <summary>
    /// Server-to-Server OAuth: <c>grant_type=account_credentials&amp;account_id=...</c>, plus Zoom's <c>index</c> when
    /// given (tokens of different indexes do not invalidate each other).
    /// </summary>
    public Task<ZoomTokenEntry> RequestAccountTokenAsync(ZoomClientCredentials client, string accountId, int? index, CancellationToken cancellationToken)
        => RequestTokenAsync(
            client,
            "account_credentials",
            index is { } i ? [new("account_id", accountId), new("index", i.ToString(System.Globalization.CultureInfo.InvariantCulture))] : [new("account_id", accountId)],
            [client.ClientSecret],
            null,
            ZoomRequestIdentity.Service,
            cancellationToken);

    /// <summary>Exchanges an authorization code (with its PKCE verifier) for tokens.</summary>
    public Task<ZoomTokenEntry> ExchangeCodeAsync(ZoomClientCredentials client, string code, string redirectUri, string codeVerifier, CancellationToken cancellationToken, string? identityKey = null)
        => RequestTokenAsync(
            client,
            "authorization_code",
            [new("code", code), new("redirect_uri", redirectUri), new("code_verifier", codeVerifier)],
            [client.ClientSecret, code, codeVerifier],
            null,
            identityKey,
            cancellationToken);

    /// <summary>Refreshes with a (rotating) refresh token. Zoom answers with a new refresh token and kills the old one.</summary>
    public Task<ZoomTokenEntry> RefreshAsync(ZoomClientCredentials client, string refreshToken, CancellationToken cancellationToken, string? identityKey = null)
        => RequestTokenAsync(client, "refresh_token", [new("refresh_token", refreshToken)], [client.ClientSecret, refreshToken], refreshToken, identityKey, cancellationToken);

    /// <summary>Revokes a token (<c>POST /oauth/revoke</c>, <c>token=...</c>): Zoom then refuses the access and refresh token.</summary>
    public async Task RevokeAsync(ZoomClientCredentials client, string token, CancellationToken cancellationToken)
    {
        var uri = GetRevokeUri();
        LogRevoking(logger, uri.AbsolutePath);
        using var response = await PostAsync(client, uri, [new("token", token)], "revoke", null, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateErrorAsync(response, "revoke", [client.ClientSecret, token], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The revoke endpoint: <c>Zoom:TokenUrl</c> with its last segment replaced by <c>revoke</c>.</summary>
    public Uri GetRevokeUri()
    {
        var token = new Uri(options.Value.TokenUrl.TrimEnd('/'), UriKind.Absolute);
        return new Uri(token, "revoke");
    }

    private async Task<ZoomTokenEntry> RequestTokenAsync(
        ZoomClientCredentials client,
        string grantType,
        KeyValuePair<string, string>[] parameters,
        string[] secrets,
        string? previousRefreshToken,
        string? identityKey,
        CancellationToken cancellationToken)
    {
        var uri = new Uri(options.Value.TokenUrl, UriKind.Absolute);
        LogRequestingToken(logger, grantType, uri.AbsolutePath);
        KeyValuePair<string, string>[] fields = [new("grant_type", grantType), .. parameters];
        using var response = await PostAsync(client, uri, fields, grantType, identityKey, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateErrorAsync(response, grantType, secrets, cancellationToken).ConfigureAwait(false);
        }

        // At most 64 KiB + 1 bytes are read: a token answer is a few hundred bytes, and an endless one is not Zoom.
        var bytes = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false)
            ?? throw new ZoomOAuthException(
                string.Create(CultureInfo.InvariantCulture, $"Zoom's token endpoint answered the {grantType} grant with HTTP {(int)response.StatusCode} and a body over {MaxBodyBytes / 1024} KiB; it was refused unread."),
                grantType, response.StatusCode, null, null);
        ZoomTokenResponse? body;
        try
        {
            body = JsonSerializer.Deserialize(bytes, ZoomOAuthJsonContext.Default.ZoomTokenResponse);
        }
        catch (JsonException ex)
        {
            throw new ZoomOAuthException(
                $"Zoom's token endpoint answered the {grantType} grant with HTTP {(int)response.StatusCode} but the body is not a token response.", ex);
        }

        if (string.IsNullOrEmpty(body?.AccessToken))
        {
            throw new ZoomOAuthException(
                $"Zoom's token endpoint answered the {grantType} grant without an access_token.", grantType, response.StatusCode, null, null);
        }

        var entry = body.ToEntry(timeProvider.GetUtcNow(), previousRefreshToken);
        LogTokenReceived(logger, grantType, entry.ExpiresAt, entry.RefreshToken is not null && entry.RefreshToken != previousRefreshToken);
        return entry;
    }

    private async Task<HttpResponseMessage> PostAsync(
        ZoomClientCredentials client, Uri uri, KeyValuePair<string, string>[] fields, string grantType, string? identityKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new FormUrlEncodedContent(fields),
        };
        // Named on the request so observers of the back channel (the support log) never need to read the form.
        request.Options.Set(ZoomRequestIdentity.GrantKey, grantType);
        if (identityKey is not null)
        {
            request.Options.Set(ZoomRequestIdentity.Key, identityKey);
        }

        request.Headers.Authorization = client.ToBasicHeader();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var http = httpClientFactory.CreateClient(ZoomHttpClientNames.OAuth);
        // Headers only: the body is read bounded by the caller, never buffered whole by HttpClient.
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ZoomOAuthException> CreateErrorAsync(
        HttpResponseMessage response, string grantType, string[] secrets, CancellationToken cancellationToken)
    {
        var body = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        var error = Mask(body?.Error, secrets);
        var reason = Mask(body?.Reason ?? body?.Message, secrets);
        var status = response.StatusCode;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Zoom's OAuth endpoint refused the {grantType} request with HTTP {(int)status} ({status})");
        if (error is not null || reason is not null || body?.Code is not null)
        {
            text += string.Create(CultureInfo.InvariantCulture, $": {error ?? "error"}{(body?.Code is { } code ? $" (Zoom code {code})" : string.Empty)}{(reason is null ? string.Empty : $": {reason}")}");
        }

        text += ".";
        LogRefused(logger, grantType, (int)status, error);
        return new ZoomOAuthException(text, grantType, status, error, reason);
    }

    /// <summary>
    /// At most 64 KiB + 1 bytes of the answer (null when longer), within <see cref="BackChannelTimeout"/>: the answer
    /// is read after the headers, so the client's own timeout no longer covers a body that stalls.
    /// </summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(BackChannelTimeout);
        try
        {
            return await ZoomResponseBody.BufferAsync(response, MaxBodyBytes, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"Zoom's OAuth endpoint stopped sending its answer (HTTP {(int)response.StatusCode}) for {BackChannelTimeout.TotalSeconds:0} s."), ex);
        }
    }

    private static async Task<ZoomOAuthErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
        if (bytes is null || bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, ZoomOAuthJsonContext.Default.ZoomOAuthErrorBody);
        }
        catch (JsonException)
        {
            // Not JSON (e.g. an HTML error page): the exception then reports the status alone.
            return null;
        }
    }

    /// <summary>Masks every secret the request carried, should Zoom echo one back in its reason text.</summary>
    private static string? Mask(string? text, string[] secrets)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var secret in secrets)
        {
            if (!string.IsNullOrEmpty(secret))
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return text;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Requesting a Zoom token with the {GrantType} grant from {Path}.")]
    private static partial void LogRequestingToken(ILogger logger, string grantType, string path);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Zoom issued a token for the {GrantType} grant, valid until {ExpiresAt:O}; new refresh token: {Rotated}.")]
    private static partial void LogTokenReceived(ILogger logger, string grantType, DateTimeOffset expiresAt, bool rotated);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Debug, Message = "Zoom's OAuth endpoint refused the {GrantType} request with HTTP {Status} ({Error}).")]
    private static partial void LogRefused(ILogger logger, string grantType, int status, string? error);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Debug, Message = "Revoking a Zoom token at {Path}.")]
    private static partial void LogRevoking(ILogger logger, string path);
}
