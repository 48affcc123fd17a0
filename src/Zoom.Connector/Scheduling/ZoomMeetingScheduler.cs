using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Zoom.Connector.Api;
using Zoom.Connector.Clients;
using Zoom.Connector.Http;
using Zoom.Connector.Models;

namespace Zoom.Connector.Scheduling;

/// <summary>
/// The scheduler over <see cref="IZoomMeetingsApi"/> and <see cref="IZoomUsersApi"/>. Resolve
/// <see cref="IZoomMeetingScheduler"/> from DI for the service identity, and use <see cref="IZoomMeetingSchedulerFactory"/>
/// for any other pair of clients (e.g. a person's action identity, with host <see cref="ZoomUserIds.Me"/>).
/// </summary>
public sealed partial class ZoomMeetingScheduler : IZoomMeetingScheduler
{
    private const int ZoomUserNotFound = 1001;

    private readonly IZoomMeetingsApi _meetings;
    private readonly IZoomUsersApi _users;
    private readonly IZoomUsersApi _hostUsers;
    private readonly TimeProvider _time;
    private readonly IMeetingChangeListener[] _listeners;
    private readonly ILogger _logger;

    /// <summary>Creates a scheduler (DI and <see cref="IZoomMeetingSchedulerFactory"/> do).</summary>
    /// <param name="meetings">The Meetings API client.</param>
    /// <param name="users">The Users API client (co-host checks).</param>
    /// <param name="timeProvider">The clock ("now" for start-in-the-past checks and calendar stamps).</param>
    /// <param name="listeners">Told about every change before the call returns.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="hostUsers">The Users API client that reads the host (<c>me</c>); <paramref name="users"/> when absent.</param>
    internal ZoomMeetingScheduler(
        IZoomMeetingsApi meetings,
        IZoomUsersApi users,
        TimeProvider? timeProvider,
        IEnumerable<IMeetingChangeListener>? listeners,
        ILogger? logger,
        IZoomUsersApi? hostUsers = null)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(users);
        _meetings = meetings;
        _users = users;
        _hostUsers = hostUsers ?? users;
        _time = timeProvider ?? TimeProvider.System;
        _listeners = listeners?.ToArray() ?? [];
        _logger = logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public async Task<ScheduledMeeting> ScheduleAsync(ScheduleMeetingRequest request, CancellationToken cancellationToken = default)
    {
        var valid = ScheduleValidator.Validate(request, _time.GetUtcNow());
        if (valid.CoHosts.Count > 0)
        {
            // Zoom refuses (code 300) an inactive co-host or the host as its own co-host only after the request is
            // sent; checking first keeps the caller's error an ArgumentException naming CoHosts, with nothing created.
            ZoomUser? host = null;
            foreach (var coHost in valid.CoHosts)
            {
                var user = await GetAccountUserAsync(coHost, cancellationToken).ConfigureAwait(false);

                // "me" is whoever creates the meeting: asked of the creating identity, once, only when co-hosts are given.
                host ??= string.Equals(request.HostUserId, ZoomUserIds.Me, StringComparison.OrdinalIgnoreCase)
                    ? await _hostUsers.GetUserAsync(ZoomUserIds.Me, cancellationToken: cancellationToken).ConfigureAwait(false)
                    : new ZoomUser { Id = request.HostUserId.Trim(), Email = request.HostUserId.Trim() };
                EnsureUsableCoHost(coHost, user, host);
            }
        }

        var body = new MeetingCreateRequest
        {
            Topic = request.Topic,
            Agenda = request.Agenda,
            Type = request.Recurrence is null ? MeetingType.Scheduled : MeetingType.RecurringFixedTime,
            StartTime = request.Start,
            Timezone = valid.ZoneId,
            Duration = valid.DurationMinutes,
            Password = request.Password,
            Recurrence = request.Recurrence is null ? null : ScheduledMeetingMapper.ToZoom(request.Recurrence, valid.Zone),
            Settings = CreateSettings(request, valid.CoHosts, valid.DialInCountries),
        };

        var created = await _meetings.CreateMeetingAsync(request.HostUserId, body, cancellationToken).ConfigureAwait(false);
        var result = ScheduledMeetingMapper.ToScheduledMeeting(created);
        LogScheduled(_logger, created.Id, result.Kind, result.Occurrences.Count);
        await NotifyUpsertAsync(created, result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <inheritdoc />
    public IReadOnlyList<ScheduledOccurrence> PreviewOccurrences(ScheduleMeetingRequest request)
        => OccurrencePreview.Expand(request, ScheduleValidator.Validate(request, _time.GetUtcNow()));

    /// <inheritdoc />
    public async Task<ScheduledMeeting> GetAsync(long meetingId, CancellationToken cancellationToken = default)
    {
        var meeting = await GetMeetingAsync(meetingId, cancellationToken).ConfigureAwait(false);
        return ScheduledMeetingMapper.ToScheduledMeeting(meeting);
    }

    /// <inheritdoc />
    public async Task<MeetingInvitationDetails> GetInvitationAsync(long meetingId, CancellationToken cancellationToken = default)
    {
        var meeting = await GetMeetingAsync(meetingId, cancellationToken).ConfigureAwait(false);
        var invitation = await _meetings.GetMeetingInvitationAsync(meetingId, cancellationToken).ConfigureAwait(false);
        return new MeetingInvitationDetails
        {
            Meeting = ScheduledMeetingMapper.ToScheduledMeeting(meeting),
            InvitationText = invitation.Invitation,
            ICalendar = MeetingCalendar.Write(meeting, _time.GetUtcNow()),
        };
    }

    /// <inheritdoc />
    public async Task<ScheduledMeeting> UpdateAsync(long meetingId, UpdateScheduledMeetingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateUpdateShape(request);
        int? duration = request.Duration is { } d ? ScheduleValidator.ValidateDuration(d) : null;

        string? zoneId = null;
        TimeZoneInfo? zone = null;
        if (request.TimeZone is not null)
        {
            (zoneId, zone) = ScheduleValidator.ResolveZone(request.TimeZone);
        }

        DateTime? start = request.Start;

        if (request.Start is not null || request.Recurrence is not null)
        {
            // The start and an end date are wall-clock values in the meeting's zone: learn it (and the current start) first.
            if (zone is null)
            {
                var current = await _meetings.GetMeetingAsync(meetingId, cancellationToken: cancellationToken).ConfigureAwait(false);
                (zoneId, zone) = ZoomTimeZones.ForMeeting(current.Timezone);
                start ??= current.StartTime is { } s ? DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(s, zone).DateTime, DateTimeKind.Unspecified) : null;
            }

            if (request.Start is { } newStart)
            {
                ScheduleValidator.ValidateStart(newStart, zone, zoneId!, _time.GetUtcNow());
            }

            if (request.Recurrence is not null)
            {
                ScheduleValidator.ValidateRecurrence(request.Recurrence, DateOnly.FromDateTime(start ?? _time.GetUtcNow().UtcDateTime));
            }
        }

        var body = new MeetingUpdateRequest
        {
            Topic = request.Topic,
            Agenda = request.Agenda,
            StartTime = request.Start,
            Timezone = request.Start is not null ? zoneId : null,
            Duration = duration,
            Type = request.Recurrence is null ? null : MeetingType.RecurringFixedTime,
            Recurrence = request.Recurrence is null ? null : ScheduledMeetingMapper.ToZoom(request.Recurrence, zone!),
        };

        await _meetings.UpdateMeetingAsync(meetingId, body, request.OccurrenceId, cancellationToken).ConfigureAwait(false);
        var updated = await GetMeetingAsync(meetingId, cancellationToken).ConfigureAwait(false);
        var result = ScheduledMeetingMapper.ToScheduledMeeting(updated);
        LogUpdated(_logger, meetingId, request.OccurrenceId);
        await NotifyUpsertAsync(updated, result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <inheritdoc />
    public async Task DeleteAsync(long meetingId, string? occurrenceId = null, CancellationToken cancellationToken = default)
    {
        if (occurrenceId is not null && string.IsNullOrWhiteSpace(occurrenceId))
        {
            throw ScheduleValidator.Invalid("occurrenceId must be Zoom's occurrence id, or null to delete the whole meeting.", nameof(occurrenceId));
        }

        await _meetings.DeleteMeetingAsync(meetingId, occurrenceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        LogDeleted(_logger, meetingId, occurrenceId);

        List<Exception>? failures = null;
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnMeetingDeletedAsync(meetingId, occurrenceId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogListenerFailed(_logger, listener.GetType().Name, meetingId, exception);
                (failures ??= []).Add(exception);
            }
        }

        if (failures is not null)
        {
            throw new MeetingWriteThroughException(meetingId, null, failures);
        }
    }

    private Task<Meeting> GetMeetingAsync(long meetingId, CancellationToken cancellationToken)
        => _meetings.GetMeetingAsync(meetingId, showPreviousOccurrences: true, cancellationToken: cancellationToken);

    private async Task<ZoomUser> GetAccountUserAsync(string coHost, CancellationToken cancellationToken)
    {
        try
        {
            return await _users.GetUserAsync(coHost, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ZoomApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound || exception.ZoomCode == ZoomUserNotFound)
        {
            throw ScheduleValidator.Invalid(
                $"CoHosts entry '{coHost}' is not a user of this Zoom account (Zoom answered {(int)exception.StatusCode}" +
                $"{(exception.ZoomCode is { } code ? $", code {code}" : string.Empty)}); co-hosts must be users of the host's account.",
                "CoHosts",
                exception);
        }
    }

    private static void EnsureUsableCoHost(string coHost, ZoomUser user, ZoomUser host)
    {
        if (user.Status is UserStatus.Inactive or UserStatus.Pending)
        {
            throw ScheduleValidator.Invalid(
                $"CoHosts entry '{coHost}' is a {(user.Status == UserStatus.Inactive ? "deactivated" : "pending")} user of this Zoom account; co-hosts must be active users.",
                "CoHosts");
        }

        var same = (user.Id is not null && string.Equals(user.Id, host.Id, StringComparison.Ordinal))
                   || (user.Email is not null && string.Equals(user.Email, host.Email, StringComparison.OrdinalIgnoreCase));
        if (same)
        {
            throw ScheduleValidator.Invalid($"CoHosts entry '{coHost}' is the meeting's host; a host cannot also be its co-host.", "CoHosts");
        }
    }

    private static MeetingSettings? CreateSettings(ScheduleMeetingRequest request, IReadOnlyList<string> coHosts, IReadOnlyList<string> countries)
    {
        if (coHosts.Count == 0 && countries.Count == 0 && request.WaitingRoom is null && request.JoinBeforeHost is null)
        {
            return null;
        }

        return new MeetingSettings
        {
            AlternativeHosts = coHosts.Count > 0 ? string.Join(';', coHosts) : null,
            GlobalDialInCountries = countries.Count > 0 ? countries : null,
            WaitingRoom = request.WaitingRoom,
            JoinBeforeHost = request.JoinBeforeHost,
        };
    }

    private static void ValidateUpdateShape(UpdateScheduledMeetingRequest request)
    {
        ScheduleValidator.ValidateTopic(request.Topic, required: false);
        ScheduleValidator.ValidateAgenda(request.Agenda);
        if (request.Topic is not null && string.IsNullOrWhiteSpace(request.Topic))
        {
            throw ScheduleValidator.Invalid("Topic must not be blank; leave it null to keep the current topic.", "Topic");
        }

        if (request.TimeZone is not null && request.Start is null)
        {
            throw ScheduleValidator.Invalid("TimeZone can only be changed together with Start (the start is a wall-clock time in that zone).", "TimeZone");
        }

        if (request.OccurrenceId is not null)
        {
            if (string.IsNullOrWhiteSpace(request.OccurrenceId))
            {
                throw ScheduleValidator.Invalid("OccurrenceId must be Zoom's occurrence id, or null to change the whole meeting.", "OccurrenceId");
            }

            if (request.Topic is not null || request.Recurrence is not null || request.TimeZone is not null)
            {
                throw ScheduleValidator.Invalid(
                    "Changing one occurrence (OccurrenceId) allows only Agenda, Start and Duration; Topic, TimeZone and Recurrence apply to the whole meeting.",
                    "OccurrenceId");
            }
        }

        // Everything that does not depend on the meeting's current zone and start is checked before any request.
        if (request.Start is { } start)
        {
            ScheduleValidator.ValidateStartKind(start);
        }

        if (request.Recurrence is not null)
        {
            ScheduleValidator.ValidateRecurrence(request.Recurrence, DateOnly.MinValue);
        }

        if (request.Topic is null && request.Agenda is null && request.Start is null && request.Duration is null && request.Recurrence is null)
        {
            throw ScheduleValidator.Invalid("The update changes nothing: set Topic, Agenda, Start, Duration or Recurrence.", nameof(request));
        }
    }

    private async Task NotifyUpsertAsync(Meeting meeting, ScheduledMeeting result, CancellationToken cancellationToken)
    {
        List<Exception>? failures = null;
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnMeetingUpsertedAsync(meeting, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogListenerFailed(_logger, listener.GetType().Name, meeting.Id, exception);
                (failures ??= []).Add(exception);
            }
        }

        if (failures is not null)
        {
            throw new MeetingWriteThroughException(meeting.Id, result, failures);
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Scheduled Zoom meeting {MeetingId} ({Kind}, {OccurrenceCount} occurrences).")]
    private static partial void LogScheduled(ILogger logger, long meetingId, ScheduledMeetingKind kind, int occurrenceCount);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Updated Zoom meeting {MeetingId} (occurrence {OccurrenceId}).")]
    private static partial void LogUpdated(ILogger logger, long meetingId, string? occurrenceId);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Deleted Zoom meeting {MeetingId} (occurrence {OccurrenceId}).")]
    private static partial void LogDeleted(ILogger logger, long meetingId, string? occurrenceId);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Error, Message = "Meeting change listener {Listener} failed to record the change of Zoom meeting {MeetingId}; the Zoom change stands.")]
    private static partial void LogListenerFailed(ILogger logger, string listener, long meetingId, Exception exception);
}

/// <summary>The DI factory: schedulers over any client pair, with the registered clock, listeners and logging.</summary>
internal sealed class ZoomMeetingSchedulerFactory(
    IZoomUsersApi serviceUsers,
    TimeProvider timeProvider,
    IEnumerable<IMeetingChangeListener> listeners,
    ILogger<ZoomMeetingScheduler> logger) : IZoomMeetingSchedulerFactory
{
    public IZoomMeetingScheduler Create(IZoomMeetingsApi meetings, IZoomUsersApi users)
        => new ZoomMeetingScheduler(meetings, users, timeProvider, listeners, logger);

    public IZoomMeetingScheduler ForUser(ZoomUserClients user)
    {
        ArgumentNullException.ThrowIfNull(user);
        // Co-hosts are looked up by the service identity; "me" (the host) only the person's own token can answer.
        return new ZoomMeetingScheduler(user.Meetings, serviceUsers, timeProvider, listeners, logger, user.Users);
    }
}
