namespace Zoom.Connector.Webhooks;

/// <summary>
/// The webhook receiver's settings (<c>Zoom:Webhooks</c>). Checked at start-up once <c>AddWebhooks()</c> is called;
/// messages name the key, never the value.
/// </summary>
public sealed class ZoomWebhookOptions
{
    /// <summary>The sub-section these options are bound from, under the connector's section: <c>Webhooks</c>.</summary>
    public const string SectionName = "Webhooks";

    /// <summary>
    /// <c>Zoom:Webhooks:SecretToken</c>: the app's webhook secret token (Zoom Marketplace, Feature, "Secret Token").
    /// Required. Never logged.
    /// </summary>
    public string? SecretToken { get; set; }

    /// <summary>
    /// <c>Zoom:Webhooks:AllowedClockSkew</c>: how far <c>x-zm-request-timestamp</c> may lie in the past or the future.
    /// Default 5 minutes; between 1 second and 1 hour.
    /// </summary>
    public TimeSpan AllowedClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// <c>Zoom:Webhooks:DeduplicationWindow</c>: how long a delivered event is remembered to drop its redeliveries.
    /// Default 2 hours (Zoom's last retry comes about 85 minutes after the first attempt).
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// <c>Zoom:Webhooks:DeduplicationCapacity</c>: at most this many events are remembered; the oldest are forgotten first.
    /// Default 10,000.
    /// </summary>
    public int DeduplicationCapacity { get; set; } = 10_000;

    /// <summary>
    /// <c>Zoom:Webhooks:MaxBodyBytes</c>: larger request bodies are refused unread (HTTP 413). Default 1 MiB; from 1024
    /// to <see cref="MaxBodyBytesLimit"/> (64 MiB), checked at start-up.
    /// </summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest accepted <see cref="MaxBodyBytes"/>: 64 MiB (Zoom's notifications are a few KB).</summary>
    public const int MaxBodyBytesLimit = 64 * 1024 * 1024;

    /// <summary>Keeps the secret token out of logs.</summary>
    public override string ToString()
        => $"ZoomWebhookOptions {{ SecretToken = {(SecretToken is null ? "null" : "***")}, AllowedClockSkew = {AllowedClockSkew}, DeduplicationWindow = {DeduplicationWindow}, DeduplicationCapacity = {DeduplicationCapacity}, MaxBodyBytes = {MaxBodyBytes} }}";
}
