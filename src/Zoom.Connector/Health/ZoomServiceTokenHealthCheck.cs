using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Zoom.Connector.Authentication;
using Zoom.Connector.Http;

namespace Zoom.Connector.Health;

/// <summary>
/// The service identity's token: Healthy when a token is cached or can be had, Unhealthy when Zoom's token endpoint
/// refuses the credentials (or no identity is configured, or the admin's grant has ended). A probe reads the last
/// outcome that any caller saw; it asks the provider (free while a token is cached) at most once per
/// <see cref="ZoomHealthCheckOptions.TokenProbeInterval"/>, so a failing endpoint gets at most one token request per
/// interval. The description names the configuration keys to check, never their values.
/// </summary>
internal sealed class ZoomServiceTokenHealthCheck(
    IServiceProvider services,
    ZoomServiceTokenStatus status,
    IOptions<ZoomConnectorOptions> connector,
    IOptions<ZoomHealthCheckOptions> options,
    ZoomConfigurationPath path,
    TimeProvider time) : IHealthCheck, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset At)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (Reusable() is { } reused)
        {
            return reused;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A probe that waited for another one takes its result.
            if (Reusable() is { } shared)
            {
                return shared;
            }

            var now = time.GetUtcNow();
            var snapshot = status.Current;
            HealthCheckResult result;
            if (snapshot.Failing && now - snapshot.LastFailureAt!.Value < options.Value.TokenProbeInterval)
            {
                // A request failed to get a token moments ago: report that instead of asking again.
                result = Unhealthy(snapshot.LastFailure!, snapshot.LastFailureAt.Value, snapshot);
            }
            else
            {
                result = await ProbeAsync(now, cancellationToken).ConfigureAwait(false);
            }

            _last = (result, now);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private HealthCheckResult? Reusable()
    {
        if (_last is not { } last || time.GetUtcNow() - last.At >= options.Value.TokenProbeInterval)
        {
            return null;
        }

        // A failure since the last probe (a request was refused a token) is news: report it without asking Zoom.
        var snapshot = status.Current;
        return snapshot.Failing && snapshot.LastFailureAt > last.At && last.Result.Status == HealthStatus.Healthy
            ? Unhealthy(snapshot.LastFailure!, snapshot.LastFailureAt!.Value, snapshot)
            : last.Result;
    }

    private async Task<HealthCheckResult> ProbeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var provider = services.GetRequiredKeyedService<IZoomAccessTokenProvider>(ZoomIdentityKeys.Service);
        try
        {
            var token = await provider.GetAccessTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
            var snapshot = status.Current;
            if (snapshot.Failing && provider is ZoomObservedTokenProvider)
            {
                // The cache handed out the token Zoom refused after a 401 and could not renew.
                return Unhealthy(snapshot.LastFailure!, snapshot.LastFailureAt!.Value, snapshot);
            }

            var data = Data(snapshot);
            if (token.ExpiresAt != DateTimeOffset.MaxValue)
            {
                data["token_expires_at"] = token.ExpiresAt.ToString("O", CultureInfo.InvariantCulture);
            }

            return HealthCheckResult.Healthy($"The service identity ({IdentityKind()}) has a token.", data);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return Unhealthy(ex, now, status.Current);
        }
    }

    private HealthCheckResult Unhealthy(Exception failure, DateTimeOffset failedAt, ZoomServiceTokenSnapshot snapshot)
    {
        var data = Data(snapshot);
        data["last_failure_at"] = failedAt.ToString("O", CultureInfo.InvariantCulture);
        var at = failedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        string description;
        switch (failure)
        {
            case ZoomOAuthException refused:
                data["last_failure_error"] = Safe(refused.Error) ?? "unknown";
                data["last_failure_status"] = (int)refused.StatusCode;
                description = string.Create(CultureInfo.InvariantCulture,
                    $"Zoom's token endpoint refused the service identity's credentials ({Safe(refused.Error) ?? "HTTP " + (int)refused.StatusCode}) at {at} UTC: check {CredentialKeys()}.");
                break;
            case ZoomReauthorizationRequiredException:
                data["last_failure_error"] = "reauthorization_required";
                description = $"The service identity's grant has ended or was never made (at {at} UTC): an admin must sign in again with the app of {path.Key("Service:ClientId")}.";
                break;
            case ZoomAuthenticationException unconfigured:
                // The connector's own messages name the keys to set and never carry a value.
                data["last_failure_error"] = "not_configured";
                description = unconfigured.Message;
                break;
            default:
                data["last_failure_error"] = failure.GetType().Name;
                description = $"No token could be obtained for the service identity at {at} UTC ({failure.GetType().Name}): is Zoom's token endpoint ({path.Key("TokenUrl")}) reachable?";
                break;
        }

        return HealthCheckResult.Unhealthy(description, data: data);
    }

    private Dictionary<string, object> Data(ZoomServiceTokenSnapshot snapshot)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["identity_kind"] = IdentityKind() };
        if (snapshot.LastSuccessAt is { } ok)
        {
            data["last_success_at"] = ok.ToString("O", CultureInfo.InvariantCulture);
        }

        if (snapshot.LastFailureAt is { } failed)
        {
            data["last_failure_at"] = failed.ToString("O", CultureInfo.InvariantCulture);
        }

        return data;
    }

    private string IdentityKind()
    {
        var service = connector.Value.Service;
        return !string.IsNullOrWhiteSpace(service.AccessToken) ? "access_token"
            : string.IsNullOrWhiteSpace(service.ClientId) ? "none"
            : !string.IsNullOrWhiteSpace(service.AccountId) ? "server_to_server"
            : "authorization_code";
    }

    private string CredentialKeys()
        => string.IsNullOrWhiteSpace(connector.Value.Service.AccountId)
            ? $"{path.Key("Service:ClientId")} and {path.Key("Service:ClientSecret")}"
            : $"{path.Key("Service:AccountId")}, {path.Key("Service:ClientId")} and {path.Key("Service:ClientSecret")}";

    /// <summary>Zoom's OAuth error code as data: a short token of letters and underscores, or nothing.</summary>
    private static string? Safe(string? error)
        => error is { Length: > 0 and <= 64 } && error.All(static c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? error : null;
}
