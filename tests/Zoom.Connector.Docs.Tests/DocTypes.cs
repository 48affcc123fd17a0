using Zoom.Connector.Http;
using Zoom.Connector.Models;
using Zoom.Connector.RateLimiting;

// The host's own types that snippets name (a store, an archive, a shared limiter); every snippet gets a using for this
// namespace, so it compiles as written. The harness registers the first two.
namespace Zoom.Connector.Docs.Tests.HostTypes;

/// <summary>The host's meeting store in webhooks.md.</summary>
public interface IMyMeetingStore
{
    /// <summary>Stores a meeting.</summary>
    Task UpsertAsync(Meeting meeting, CancellationToken cancellationToken = default);

    /// <summary>Queues a recording's files for download.</summary>
    Task QueueDownloadsAsync(RecordingMeeting recording, string downloadToken, CancellationToken cancellationToken = default);
}

/// <summary>The host's archive in webhooks.md.</summary>
public interface IMyArchive
{
    /// <summary>Saves one recording file.</summary>
    Task SaveAsync(string meetingUuid, string? fileId, Stream content, CancellationToken cancellationToken = default);
}

/// <summary>An in-memory <see cref="IMyMeetingStore"/>.</summary>
public sealed class MyMeetingStore : IMyMeetingStore
{
    /// <summary>The meetings stored.</summary>
    public List<Meeting> Meetings { get; } = [];

    /// <inheritdoc />
    public Task UpsertAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        Meetings.Add(meeting);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task QueueDownloadsAsync(RecordingMeeting recording, string downloadToken, CancellationToken cancellationToken = default) => Task.CompletedTask;
}

/// <summary>An <see cref="IMyArchive"/> that reads and counts the bytes.</summary>
public sealed class MyArchive : IMyArchive
{
    /// <summary>Bytes saved.</summary>
    public long Bytes { get; private set; }

    /// <inheritdoc />
    public async Task SaveAsync(string meetingUuid, string? fileId, Stream content, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[8192];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            Bytes += read;
        }
    }
}

/// <summary>
/// Stands for the host's shared (e.g. Redis) limiter in rate-limits.md: it grants every permit and counts them, so the
/// snippet's registration can be checked to replace the connector's own limiter.
/// </summary>
public sealed class MyRedisZoomRateLimiter : IZoomRateLimiter
{
    private int _acquired;

    /// <summary>Permits granted.</summary>
    public int Acquired => _acquired;

    /// <inheritdoc />
    public ValueTask AcquireAsync(ZoomRateLimitCategory category, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _acquired);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public void OnResponse(ZoomRateLimitCategory category, ZoomRateLimitHeaders headers, bool isRateLimited)
    {
        // A shared limiter would record Zoom's X-RateLimit-* figures here; this stand-in only grants and counts.
    }
}

/// <summary>
/// Stands for the host's database-backed token store in production.md; keeps the tokens in memory with the same
/// compare-and-swap contract, so the snippet's registration is exercised by a real sign-in.
/// </summary>
public sealed class MyDatabaseTokenStore : Zoom.Connector.Authentication.IZoomTokenStore
{
    private readonly Zoom.Connector.Authentication.InMemoryZoomTokenStore _rows = new();

    /// <inheritdoc />
    public ValueTask<Zoom.Connector.Authentication.ZoomStoredToken?> GetAsync(string identityKey, CancellationToken cancellationToken = default)
        => _rows.GetAsync(identityKey, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Zoom.Connector.Authentication.ZoomStoredToken?> TrySetAsync(string identityKey, Zoom.Connector.Authentication.ZoomTokenEntry entry, long expectedVersion, CancellationToken cancellationToken = default)
        => _rows.TrySetAsync(identityKey, entry, expectedVersion, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> TryRemoveAsync(string identityKey, long expectedVersion, CancellationToken cancellationToken = default)
        => _rows.TryRemoveAsync(identityKey, expectedVersion, cancellationToken);
}
