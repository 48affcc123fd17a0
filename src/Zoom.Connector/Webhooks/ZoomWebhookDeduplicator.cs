using Microsoft.Extensions.Options;

namespace Zoom.Connector.Webhooks;

/// <summary>
/// Remembers recently delivered events so redeliveries can be dropped: Zoom delivers at least once and retries a
/// delivery it thinks failed (5, 20 and 60 minutes later). Bounded in time (<see cref="ZoomWebhookOptions.DeduplicationWindow"/>)
/// and size (<see cref="ZoomWebhookOptions.DeduplicationCapacity"/>, oldest forgotten first). In memory, per process:
/// hosts with many instances behind one URL should also de-duplicate where they store the effects.
/// </summary>
public sealed class ZoomWebhookDeduplicator : IZoomWebhookDeliveryStore
{
    private readonly Dictionary<string, Entry> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();
    private readonly Lock _gate = new();
    private readonly IOptions<ZoomWebhookOptions> _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the de-duplicator.</summary>
    /// <param name="options">The webhook options (<c>Zoom:Webhooks:DeduplicationWindow</c> and <c>DeduplicationCapacity</c>).</param>
    /// <param name="timeProvider">The clock the window is measured with.</param>
    public ZoomWebhookDeduplicator(IOptions<ZoomWebhookOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _timeProvider = timeProvider;
    }

    /// <summary>The number of events remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                Purge(_timeProvider.GetUtcNow());
                return _seen.Count;
            }
        }
    }

    /// <summary>Records the event as handled; false when the same event (same <see cref="ZoomWebhookEvent.DeduplicationKey"/>) was recorded within the window.</summary>
    /// <param name="webhookEvent">The verified event.</param>
    public bool TryRegister(ZoomWebhookEvent webhookEvent)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        return TryRegister(webhookEvent.DeduplicationKey);
    }

    /// <summary>Records a key as handled; false when it was recorded within the window.</summary>
    /// <param name="key">The de-duplication key.</param>
    public bool TryRegister(string key) => Begin(key, done: true) == ZoomWebhookDelivery.New;

    /// <summary>
    /// Starts handling a delivery: <see cref="ZoomWebhookDelivery.New"/> records the key as in progress (finish with
    /// <see cref="Complete"/> or <see cref="Forget"/>); <see cref="ZoomWebhookDelivery.InProgress"/> means an earlier
    /// delivery of the same event is still being handled; <see cref="ZoomWebhookDelivery.Duplicate"/> means it was handled.
    /// </summary>
    /// <param name="key">The de-duplication key.</param>
    public ZoomWebhookDelivery TryBegin(string key) => Begin(key, done: false);

    /// <summary>Marks an in-progress key as handled: later deliveries within the window are duplicates.</summary>
    /// <param name="key">The de-duplication key.</param>
    public void Complete(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            if (_seen.TryGetValue(key, out var entry))
            {
                _seen[key] = entry with { Done = true };
            }
        }
    }

    /// <summary>
    /// Forgets a key so that its next delivery is processed again: used when handling failed and Zoom is asked to retry.
    /// </summary>
    /// <param name="key">The de-duplication key.</param>
    /// <returns>Whether the key was remembered.</returns>
    public bool Forget(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            return _seen.Remove(key);
        }
    }

    /// <inheritdoc />
    ValueTask<ZoomWebhookDelivery> IZoomWebhookDeliveryStore.TryBeginAsync(string key, CancellationToken cancellationToken)
        => ValueTask.FromResult(TryBegin(key));

    /// <inheritdoc />
    ValueTask IZoomWebhookDeliveryStore.CompleteAsync(string key, CancellationToken cancellationToken)
    {
        Complete(key);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    ValueTask IZoomWebhookDeliveryStore.ForgetAsync(string key, CancellationToken cancellationToken)
    {
        Forget(key);
        return ValueTask.CompletedTask;
    }

    private ZoomWebhookDelivery Begin(string key, bool done)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            Purge(now);
            if (_seen.TryGetValue(key, out var existing))
            {
                return existing.Done ? ZoomWebhookDelivery.Duplicate : ZoomWebhookDelivery.InProgress;
            }

            _seen[key] = new Entry(now, done);
            _order.Enqueue((key, now));
            Purge(now);
            return ZoomWebhookDelivery.New;
        }
    }

    private void Purge(DateTimeOffset now)
    {
        var options = _options.Value;
        var horizon = now - options.DeduplicationWindow;
        var capacity = Math.Max(1, options.DeduplicationCapacity);
        while (_order.TryPeek(out var oldest)
               && (oldest.At <= horizon || _seen.Count > capacity || _order.Count > 2 * capacity))
        {
            _order.Dequeue();
            // A key forgotten and registered again has a newer entry further back in the queue: keep that one.
            if (_seen.TryGetValue(oldest.Key, out var entry) && entry.At == oldest.At)
            {
                _seen.Remove(oldest.Key);
            }
        }
    }

    private readonly record struct Entry(DateTimeOffset At, bool Done);
}

/// <summary>What <see cref="ZoomWebhookDeduplicator.TryBegin"/> found.</summary>
public enum ZoomWebhookDelivery
{
    /// <summary>First delivery within the window: handle it.</summary>
    New = 0,

    /// <summary>Already handled within the window: drop it.</summary>
    Duplicate,

    /// <summary>An earlier delivery of the same event is still being handled: ask Zoom to try again later.</summary>
    InProgress,
}
