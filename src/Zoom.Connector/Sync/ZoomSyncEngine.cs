using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zoom.Connector.Api;
using Zoom.Connector.Http;

namespace Zoom.Connector.Sync;

/// <summary>
/// The sync engine: users -> meetings -> details and invitation, users -> recordings in one-month windows. Each user is
/// one unit (each listing page a sub-unit) and is checkpointed when done; users are walked in parallel up to
/// <see cref="ZoomSyncOptions.MaxDegreeOfParallelism"/> requests in flight.
/// </summary>
internal sealed class ZoomSyncEngine(
    IZoomUsersApi users,
    IZoomMeetingsApi meetings,
    IZoomRecordingsApi recordings,
    IZoomSyncSink sink,
    IOptions<ZoomSyncOptions> options,
    TimeProvider time,
    ILogger<ZoomSyncEngine> logger,
    IZoomSyncChangeJournal journal) : IZoomSyncEngine
{
    /// <summary>Zoom's <c>next_page_token</c> lives 15 minutes; older tokens are not sent at all.</summary>
    internal static readonly TimeSpan PageTokenLifetime = TimeSpan.FromMinutes(14);

    private static readonly int[] SkippableCodes = [1001, 1010, 2306, 3001, 3161, 3301];

    private ZoomSyncOptions Options => options.Value;

    private ZoomSyncDependencies Dependencies => DependenciesFor(sink);

    private ZoomSyncDependencies DependenciesFor(IZoomSyncSink runSink) => new(users, meetings, recordings, runSink, Options, time, logger, journal);

    /// <summary>The sink a run under <paramref name="lease"/> writes through: fenced, so a lost lease stops every write.</summary>
    private IZoomSyncSink SinkUnder(IZoomSyncLease? lease) => lease is null ? sink : new ZoomFencedSyncSink(sink, lease);

    /// <inheritdoc />
    public Task<ZoomSyncSummary> RunAsync(ZoomSyncRequest request, IProgress<ZoomSyncProgress>? progress = null, CancellationToken cancellationToken = default)
        => RunAsync(request, progress, lease: null, cancellationToken);

    /// <summary>A run under the sync lock's <paramref name="lease"/>: each sink write and checkpoint save checks it first.</summary>
    internal async Task<ZoomSyncSummary> RunAsync(ZoomSyncRequest request, IProgress<ZoomSyncProgress>? progress, IZoomSyncLease? lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.From is { } f && request.To is { } t && f > t)
        {
            throw new ArgumentException($"The recordings range is empty: {nameof(ZoomSyncRequest.From)} {f:yyyy-MM-dd} is after {nameof(ZoomSyncRequest.To)} {t:yyyy-MM-dd}.", nameof(request));
        }

        if (request.Entities == ZoomSyncEntities.None)
        {
            throw new ArgumentException($"{nameof(ZoomSyncRequest.Entities)} must name at least one entity type.", nameof(request));
        }

        var state = await LoadStateAsync(cancellationToken).ConfigureAwait(false);
        var filter = request.Users.Where(static u => !string.IsNullOrWhiteSpace(u)).Select(static u => u.Trim()).ToList();
        var active = state.Active;
        var statuses = ZoomSyncUserWalker.StatusesOf(Options.UserStatuses);
        var resumed = active is not null && active.Kind == request.Kind && active.Entities == request.Entities
            && active.UserStatuses.SequenceEqual(statuses)
            && active.UserFilter.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(filter.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase)
            && (request.From is null || request.From == active.From)
            && (request.To is null || request.To == active.To);
        if (!resumed)
        {
            if (active is not null)
            {
                ZoomSyncLog.RunAbandoned(logger, active.RunId, active.Kind);
            }

            var now = time.GetUtcNow();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var lookbackStart = today.AddDays(-(int)Math.Ceiling(Options.RecordingsLookback.TotalDays));
            var from = request.From
                ?? (request.Kind == ZoomSyncKind.Incremental && state.RecordingsSyncedThrough is { } through ? through.AddDays(-1) : lookbackStart);
            var to = request.To ?? today;
            if (from > to)
            {
                from = to;
            }

            active = new ZoomSyncActiveRun
            {
                RunId = Guid.NewGuid().ToString("N"),
                Kind = request.Kind,
                Entities = request.Entities,
                UserFilter = filter,
                UserStatuses = statuses,
                From = from,
                To = to,
                StartedAt = now,
            };
            state.Active = active;
        }

        using var run = new ZoomSyncRun(DependenciesFor(SinkUnder(lease)), state, active!, progress);
        ZoomSyncLog.RunStarted(logger, active!.RunId, active.Kind, resumed);
        await run.SaveAsync(cancellationToken).ConfigureAwait(false);
        return await run.ExecuteAsync(resumed, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ZoomSyncVeto?> GetPendingVetoAsync(CancellationToken cancellationToken = default)
    {
        var state = await LoadStateAsync(cancellationToken).ConfigureAwait(false);
        return state.Vetoed is { } v ? new ZoomSyncVeto(v.RunId, v.Figures) : null;
    }

    /// <inheritdoc />
    public Task<int> ConfirmVetoedDeletionsAsync(string runId, CancellationToken cancellationToken = default)
        => ConfirmVetoedDeletionsAsync(runId, lease: null, cancellationToken);

    /// <summary>Applies the vetoed deletions under the sync lock's <paramref name="lease"/> (fenced like a run).</summary>
    internal async Task<int> ConfirmVetoedDeletionsAsync(string runId, IZoomSyncLease? lease, CancellationToken cancellationToken)
    {
        var writeSink = SinkUnder(lease);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var state = await LoadStateAsync(cancellationToken).ConfigureAwait(false);
        if (state.Vetoed is not { } vetoed || !string.Equals(vetoed.RunId, runId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(state.Vetoed is null
                ? $"No vetoed Zoom sync run is pending; run '{runId}' has nothing to confirm."
                : $"Zoom sync run '{runId}' is not the vetoed run; the pending one is '{state.Vetoed.RunId}'.");
        }

        foreach (var deletion in vetoed.Deletions)
        {
            await DeleteAsync(writeSink, deletion, cancellationToken).ConfigureAwait(false);
        }

        state.Vetoed = null;
        await writeSink.SaveCheckpointAsync(new ZoomSyncCheckpoint { Payload = JsonSerializer.Serialize(state, ZoomSyncJsonContext.Default.ZoomSyncState) }, cancellationToken).ConfigureAwait(false);
        ZoomSyncLog.VetoConfirmed(logger, runId, vetoed.Deletions.Count);
        return vetoed.Deletions.Count;
    }

    /// <summary>Summarizes the interrupted run the checkpoint holds (for runs that failed or were cancelled).</summary>
    internal async Task<ZoomSyncSummary> DescribeInterruptedAsync(ZoomSyncKind kind, ZoomSyncOutcome outcome, string? error)
    {
        var now = time.GetUtcNow();
        ZoomSyncState state;
        try
        {
            state = await LoadStateAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The summary of a failed run must not fail too: report it without the checkpoint's figures.
            state = new ZoomSyncState();
        }

        if (state.Active is { } active)
        {
            using var run = new ZoomSyncRun(Dependencies, state, active, null);
            return run.Summarize(outcome, now, resumed: false, veto: null, error);
        }

        var empty = new ZoomSyncActiveRun { RunId = "none", Kind = kind, StartedAt = now };
        using var none = new ZoomSyncRun(Dependencies, state, empty, null);
        return none.Summarize(outcome, now, resumed: false, veto: null, error);
    }

    internal async Task<ZoomSyncState> LoadStateAsync(CancellationToken cancellationToken)
    {
        var checkpoint = await sink.LoadCheckpointAsync(cancellationToken).ConfigureAwait(false);
        if (checkpoint is null || string.IsNullOrWhiteSpace(checkpoint.Payload))
        {
            return new ZoomSyncState();
        }

        ZoomSyncState? state;
        try
        {
            state = JsonSerializer.Deserialize(checkpoint.Payload, ZoomSyncJsonContext.Default.ZoomSyncState);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("The Zoom sync checkpoint stored by the sink is not valid JSON; remove it to start over.", ex);
        }

        if (state is not null && state.Version == ZoomSyncState.PreviousVersion)
        {
            // Version 1 kept counts in another shape and listed active users only: its run in progress starts afresh,
            // its schedule times, recordings progress and pending veto stay.
            if (state.Active is { } old)
            {
                ZoomSyncLog.RunAbandoned(logger, old.RunId, old.Kind);
            }

            state.Active = null;
            state.Version = ZoomSyncState.CurrentVersion;
        }

        if (state is null || state.Version != ZoomSyncState.CurrentVersion)
        {
            throw new InvalidDataException($"The Zoom sync checkpoint has version {state?.Version}; this engine reads versions {ZoomSyncState.PreviousVersion} and {ZoomSyncState.CurrentVersion}.");
        }

        return state;
    }

    internal ValueTask SaveStateAsync(ZoomSyncState state, CancellationToken cancellationToken)
        => sink.SaveCheckpointAsync(new ZoomSyncCheckpoint { Payload = JsonSerializer.Serialize(state, ZoomSyncJsonContext.Default.ZoomSyncState) }, cancellationToken);

    internal static ValueTask DeleteAsync(IZoomSyncSink sink, ZoomSyncPendingDeletion deletion, CancellationToken cancellationToken) => deletion.Type switch
    {
        ZoomSyncEntityType.User => sink.DeleteUserAsync(deletion.Id, cancellationToken),
        ZoomSyncEntityType.Meeting => sink.DeleteMeetingAsync(long.Parse(deletion.Id, CultureInfo.InvariantCulture), cancellationToken),
        ZoomSyncEntityType.Invitation => sink.DeleteInvitationAsync(long.Parse(deletion.Id, CultureInfo.InvariantCulture), cancellationToken),
        ZoomSyncEntityType.Recording => sink.DeleteRecordingAsync(deletion.Id, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(deletion), deletion.Type, "Unknown entity type."),
    };

    internal static bool IsSkippable(ZoomApiException ex)
        => (ex.ZoomCode is { } code && SkippableCodes.Contains(code)) || (ex.StatusCode == HttpStatusCode.NotFound && ex.ZoomCode is null);

    internal static ZoomSyncException Fatal(ZoomApiException ex)
    {
        var where = $"{ex.Method} {ex.Path}";
        var message = ex.ZoomCode == 4700
            ? $"Zoom sync stopped: the access token lacks a scope this sync needs (Zoom code 4700) on {where}. {ZoomMissingScopes.Advice(ex.ZoomMessage)}, then run again; the run resumes from its checkpoint."
            : ex.IsUnauthorized
                ? $"Zoom sync stopped: Zoom refused the access token (HTTP {(int)ex.StatusCode}, code {ex.ZoomCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}) on {where}. Check the service identity's credentials; the run resumes from its checkpoint."
                : $"Zoom sync stopped: Zoom answered HTTP {(int)ex.StatusCode} (code {ex.ZoomCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}: {ex.ZoomMessage}) on {where}, which the sync cannot skip safely. The run resumes from its checkpoint.";
        return new ZoomSyncException(message, ex);
    }
}
