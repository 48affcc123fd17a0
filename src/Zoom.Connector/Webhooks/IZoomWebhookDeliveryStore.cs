namespace Zoom.Connector.Webhooks;

/// <summary>
/// Remembers webhook deliveries so Zoom's redeliveries are dropped. The default is the in-process
/// <see cref="ZoomWebhookDeduplicator"/>; a fleet behind one webhook URL registers a shared implementation
/// (<c>UseRedis()</c>) so a redelivery landing on another instance is recognised too.
/// </summary>
public interface IZoomWebhookDeliveryStore
{
    /// <summary>
    /// Starts handling a delivery: <see cref="ZoomWebhookDelivery.New"/> records the key as in progress (finish with
    /// <see cref="CompleteAsync"/> or <see cref="ForgetAsync"/>); <see cref="ZoomWebhookDelivery.InProgress"/> means an
    /// earlier delivery is still being handled; <see cref="ZoomWebhookDelivery.Duplicate"/> means it was handled.
    /// </summary>
    /// <param name="key">The de-duplication key (<see cref="ZoomWebhookEvent.DeduplicationKey"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<ZoomWebhookDelivery> TryBeginAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Marks an in-progress key as handled: later deliveries within the window are duplicates.</summary>
    /// <param name="key">The de-duplication key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask CompleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Forgets a key so its next delivery is handled again (handling failed).</summary>
    /// <param name="key">The de-duplication key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask ForgetAsync(string key, CancellationToken cancellationToken = default);
}
