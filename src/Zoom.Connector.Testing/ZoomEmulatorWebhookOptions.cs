namespace Zoom.Connector.Testing;

/// <summary>
/// Where the emulator sends webhooks for changes made through its API (<see cref="ZoomEmulatorOptions.Webhooks"/>):
/// <c>meeting.created</c> / <c>updated</c> / <c>deleted</c>, <c>recording.completed</c> when a cloud-recorded meeting
/// ends, <c>user.created</c> / <c>updated</c> / <c>activated</c> / <c>deactivated</c> / <c>deleted</c>. Each is POSTed as
/// Zoom does: JSON envelope, <c>x-zm-request-timestamp</c> and <c>x-zm-signature</c> =
/// <c>v0=hex(HMAC-SHA256(secret, "v0:{timestamp}:{body}"))</c>, retried when the receiver does not answer 2xx.
/// </summary>
public sealed class ZoomEmulatorWebhookOptions
{
    /// <summary>The receiver's URL (your app's event notification endpoint). Required.</summary>
    public Uri? Url { get; set; }

    /// <summary>The secret token events are signed with (the receiver's <c>Zoom:Webhooks:SecretToken</c>). Required; never logged.</summary>
    public string? SecretToken { get; set; }

    /// <summary>
    /// Waits before each retry of a failed delivery. Default Zoom's: 5, 20 and 60 minutes (three retries, then the event
    /// is dropped). Waits run on the emulator's <see cref="TimeProvider"/>; an empty list means no retries.
    /// </summary>
    public IList<TimeSpan> RetryDelays { get; set; } = [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(60)];

    /// <summary>How long one delivery may take before it counts as failed. Default 3 seconds (Zoom's).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The handler deliveries go through; <see langword="null"/> (default) for a plain <see cref="SocketsHttpHandler"/>. Tests can pass a test server's handler.</summary>
    public HttpMessageHandler? Handler { get; set; }

    internal void Validate()
    {
        if (Url is null || !Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("ZoomEmulatorOptions.Webhooks.Url must be an absolute http or https URL.", nameof(Url));
        }

        if (string.IsNullOrEmpty(SecretToken))
        {
            throw new ArgumentException("ZoomEmulatorOptions.Webhooks.SecretToken is required: events are signed with it.", nameof(SecretToken));
        }

        if (RetryDelays.Any(d => d < TimeSpan.Zero) || Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RetryDelays), "ZoomEmulatorOptions.Webhooks.RetryDelays must not be negative and Timeout must be positive.");
        }
    }
}

/// <summary>One attempt to deliver a webhook, as <see cref="ZoomEmulator.WebhookDeliveries"/> lists it.</summary>
/// <param name="Event">The event name, e.g. <c>meeting.created</c>.</param>
/// <param name="ObjectId">The id of the meeting, user or recording the event is about.</param>
/// <param name="Attempt">1 for the first delivery, 2 for the first retry, ...</param>
/// <param name="StatusCode">The receiver's status, or 0 when it could not be reached in time.</param>
/// <param name="Timestamp">When the attempt was made (emulator time).</param>
public sealed record EmulatorWebhookDelivery(string Event, string? ObjectId, int Attempt, int StatusCode, DateTimeOffset Timestamp);
