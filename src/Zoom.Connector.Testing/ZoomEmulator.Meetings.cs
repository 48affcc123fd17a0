using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Testing;

public sealed partial class ZoomEmulator
{
    private readonly Dictionary<int, UserState> _seedUsers = [];
    private bool _allMaterialized;

    /// <summary>
    /// A snapshot of every meeting that is not deleted, with all its fields (secrets included: this is the test's view).
    /// Reading it generates the lazily created meetings of every user.
    /// </summary>
    public IReadOnlyList<Meeting> Meetings
    {
        get
        {
            using (Read())
            {
                EnsureAllContent();
                return [.. _meetings.Values.Where(m => !m.Deleted).OrderBy(m => m.Meeting.Id).Select(m => m.Meeting)];
            }
        }
    }

    /// <summary>How many users have had their generated meetings and recordings created so far (they are made lazily).</summary>
    public int MaterializedUserCount
    {
        get
        {
            using (Read())
            {
                return _users.Count(u => u.SeedIndex >= 0 && u.ContentMaterialized);
            }
        }
    }

    /// <summary>The meeting with this id (deleted ones included), or <see langword="null"/>.</summary>
    /// <param name="meetingId">The meeting id.</param>
    public Meeting? FindMeeting(long meetingId)
    {
        using (Read())
        {
            return FindMeetingState(meetingId)?.Meeting;
        }
    }

    /// <summary>Whether the meeting with this id is deleted (and could be recovered).</summary>
    /// <param name="meetingId">The meeting id.</param>
    public bool IsMeetingDeleted(long meetingId)
    {
        using (Read())
        {
            return FindMeetingState(meetingId)?.Deleted ?? false;
        }
    }

    /// <summary>
    /// Creates a meeting directly, validated like <c>POST /users/{userId}/meetings</c> but not counted against the
    /// daily cap. Throws <see cref="ArgumentException"/> with Zoom's message when Zoom would refuse it.
    /// </summary>
    /// <param name="hostIdOrEmail">The host's user id or email.</param>
    /// <param name="request">The meeting.</param>
    public Meeting AddMeeting(string hostIdOrEmail, MeetingCreateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using (Write())
        {
            var host = FindUserState(hostIdOrEmail) ?? throw new ArgumentException($"The emulator has no user '{hostIdOrEmail}'.", nameof(hostIdOrEmail));
            EnsureContent(host);
            var state = BuildMeeting(host, request, NewMeetingId(), null, _time.GetUtcNow(), CreationSource.OpenApi, allowPast: true, out var error);
            if (state is null)
            {
                throw new ArgumentException($"Zoom would refuse this meeting: {error}", nameof(request));
            }

            _meetings[state.Meeting.Id] = state;
            return state.Meeting;
        }
    }

    /// <summary>Changes a meeting directly (for tests that change data between sync runs). The id cannot change.</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="update">Returns the changed meeting.</param>
    public Meeting UpdateMeeting(long meetingId, Func<Meeting, Meeting> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        using (Write())
        {
            var state = FindMeetingState(meetingId) ?? throw new ArgumentException($"The emulator has no meeting {meetingId}.", nameof(meetingId));
            var changed = update(state.Meeting);
            if (changed.Id != meetingId)
            {
                throw new ArgumentException("A meeting's id cannot change.", nameof(update));
            }

            state.Meeting = changed;
            return changed;
        }
    }

    /// <summary>Deletes a meeting directly (it can be recovered with <c>PUT /meetings/{id}/status</c>). Returns whether it existed.</summary>
    /// <param name="meetingId">The meeting id.</param>
    public bool DeleteMeeting(long meetingId)
    {
        using (Write())
        {
            var state = FindMeetingState(meetingId);
            if (state is null || state.Deleted)
            {
                return false;
            }

            state.Deleted = true;
            return true;
        }
    }

    /// <summary>Starts a meeting as its host would (status <c>started</c>); ending it with <c>PUT /meetings/{id}/status</c> records a past instance.</summary>
    /// <param name="meetingId">The meeting id.</param>
    public void StartMeeting(long meetingId)
    {
        using (Write())
        {
            var state = FindMeetingState(meetingId);
            if (state is null || state.Deleted)
            {
                throw new ArgumentException($"The emulator has no meeting {meetingId}.", nameof(meetingId));
            }

            state.StartedAt = _time.GetUtcNow();
            state.Meeting = state.Meeting with { Status = MeetingStatus.Started };
        }
    }

    private long NewMeetingId()
    {
        while (true)
        {
            var id = 89_000_000_000L + _random.NextInt64(999_999_999L);
            if (!_meetings.ContainsKey(id))
            {
                return id;
            }
        }
    }

    private MeetingState? FindMeetingState(long id)
    {
        if (_meetings.TryGetValue(id, out var state))
        {
            return state;
        }

        if (id >= SeedData.SeedMeetingIdBase && id < SeedData.SeedMeetingIdBase + (1000L * _options.UserCount)
            && _seedUsers.TryGetValue((int)((id - SeedData.SeedMeetingIdBase) / 1000), out var owner) && !owner.ContentMaterialized)
        {
            EnsureContent(owner);
            return _meetings.GetValueOrDefault(id);
        }

        return null;
    }

    private void EnsureAllContent()
    {
        if (_allMaterialized)
        {
            return;
        }

        foreach (var user in _users.ToList())
        {
            EnsureContent(user);
        }

        _allMaterialized = true;
    }

    /// <summary>Generates a seeded user's meetings, past meetings and recordings the first time they are needed.</summary>
    private void EnsureContent(UserState user)
    {
        if (user.ContentMaterialized)
        {
            return;
        }

        user.ContentMaterialized = true;
        if (user.SeedIndex < 0 || user.User.Id is null)
        {
            return;
        }

        // Passcodes, UUIDs and the like come from a generator of this user alone, so the content is the same whichever
        // order users are touched in, and a process that generates it later (data folder) gets what the first one got.
        var shared = _random;
        _random = SeedData.RandomFor(_options.Seed, user.SeedIndex, "secrets");
        try
        {
            GenerateContent(user);
        }
        finally
        {
            _random = shared;
        }
    }

    private void GenerateContent(UserState user)
    {
        var index = user.SeedIndex;
        var random = SeedData.RandomFor(_options.Seed, index, "content");
        TryTimeZone(user.User.Timezone ?? "UTC", out var zone);
        var localNow = TimeZoneInfo.ConvertTime(_seedEpoch, zone).DateTime;
        for (var k = 0; k < _options.MeetingsPerUser; k++)
        {
            var kind = k % 3;
            var hour = 8 + random.Next(0, 9);
            var minute = random.Next(0, 2) * 30;
            var day = kind switch
            {
                0 => localNow.Date.AddDays(-(1 + k + random.Next(0, 20))),
                1 => localNow.Date.AddDays(1 + k + random.Next(0, 14)),
                _ => localNow.Date.AddDays(1 + random.Next(0, 7)),
            };
            var start = day.AddHours(hour).AddMinutes(minute);
            var request = new MeetingCreateRequest
            {
                Topic = SeedData.Topic(random),
                Type = kind == 2 ? MeetingType.RecurringFixedTime : MeetingType.Scheduled,
                StartTime = start,
                Duration = 30 + (15 * random.Next(0, 4)),
                Timezone = zone.Id,
                Agenda = kind == 2 ? "Standing agenda: updates, blockers, decisions." : null,
                Recurrence = kind == 2
                    ? new MeetingRecurrence { Type = RecurrenceType.Weekly, RepeatInterval = 1, WeeklyDays = ZoomWeekdays.ToZoom(start.DayOfWeek).ToString(CultureInfo.InvariantCulture), EndTimes = 8 }
                    : null,
                Settings = new MeetingSettings { GlobalDialInCountries = random.Next(3) == 0 ? ["US", "GB"] : ["US"] },
            };
            var created = _seedEpoch.AddDays(-random.Next(30, 60));
            var state = BuildMeeting(user, request, SeedData.MeetingId(index, k), null, created, CreationSource.WebPortal, allowPast: true, out _);
            if (state is null)
            {
                continue;
            }

            _meetings[state.Meeting.Id] = state;
            if (kind == 0)
            {
                AddPastInstance(state, user, random, state.Meeting.StartTime!.Value, slash: false);
            }
        }

        for (var r = 0; r < _options.RecordingsPerUser; r++)
        {
            var startUtc = _seedEpoch.UtcDateTime.Date.AddDays(-(1 + (r * 9) + random.Next(0, 8))).AddHours(13 + random.Next(0, 6));
            var request = new MeetingCreateRequest
            {
                Topic = SeedData.Topic(random),
                Type = MeetingType.Scheduled,
                StartTime = DateTime.SpecifyKind(startUtc, DateTimeKind.Utc),
                Duration = 30 + (15 * random.Next(0, 4)),
                Timezone = zone.Id,
                Settings = new MeetingSettings { AutoRecording = AutoRecording.Cloud },
            };
            var state = BuildMeeting(user, request, SeedData.MeetingId(index, 500 + r), null, new DateTimeOffset(startUtc.AddDays(-3), TimeSpan.Zero), CreationSource.WebPortal, allowPast: true, out _);
            if (state is null)
            {
                continue;
            }

            _meetings[state.Meeting.Id] = state;
            var instance = AddPastInstance(state, user, random, state.Meeting.StartTime!.Value, slash: index == 0 && r == 0);
            AddRecordingState(state, instance, user, random);
        }
    }

    private static PastInstanceState AddPastInstance(MeetingState meeting, UserState host, Random random, DateTimeOffset start, bool slash)
    {
        var end = start.AddMinutes((meeting.Meeting.Duration ?? 30) + random.Next(-5, 10));
        var instance = new PastInstanceState(SeedData.InstanceUuid(random, slash), meeting.Meeting.Id, start, end);
        instance.Participants.AddRange(SeedData.Participants(random, start, end, host.User));
        meeting.PastInstances.Add(instance);
        return instance;
    }

    /// <summary>
    /// Validates a create (or a rebuilt update) like Zoom and builds the meeting; <see langword="null"/> with
    /// <paramref name="error"/> when Zoom would refuse it.
    /// </summary>
    private MeetingState? BuildMeeting(UserState host, MeetingCreateRequest request, long id, MeetingState? existing, DateTimeOffset now, CreationSource source, bool allowPast, out Reply? error)
    {
        error = null;
        var errors = new List<ZoomFieldError>();
        if (request.Topic?.Length > 200)
        {
            errors.Add(new("topic", "Length must be at most 200."));
        }

        if (request.Agenda?.Length > 2000)
        {
            errors.Add(new("agenda", "Length must be at most 2000."));
        }

        var type = request.Type ?? MeetingType.Scheduled;
        if (type is not (MeetingType.Instant or MeetingType.Scheduled or MeetingType.RecurringNoFixedTime or MeetingType.RecurringFixedTime or MeetingType.ScreenShareOnly))
        {
            errors.Add(new("type", "Invalid field."));
        }

        var duration = request.Duration ?? 60;
        if (duration is < 1 or > 1440)
        {
            errors.Add(new("duration", "Must be between 1 and 1440."));
        }

        var zoneId = request.Timezone ?? host.User.Timezone ?? "UTC";
        if (!TryTimeZone(zoneId, out var zone))
        {
            errors.Add(new("timezone", "Invalid field."));
        }

        if (request.Password is { } password && (password.Length > 10 || password.Any(c => !(char.IsAsciiLetterOrDigit(c) || "@-_*!#".Contains(c, StringComparison.Ordinal)))))
        {
            errors.Add(new("password", "Passcode must be at most 10 characters: letters, digits and @ - _ * ! #."));
        }

        if (type == MeetingType.RecurringFixedTime && request.Recurrence is null)
        {
            errors.Add(new("recurrence", "A recurring meeting with a fixed time (type 8) needs a recurrence."));
        }

        if (request.Recurrence is { } recurrenceToCheck && type is MeetingType.RecurringFixedTime)
        {
            errors.AddRange(RecurrenceCalculator.Validate(recurrenceToCheck));
        }

        var settings = request.Settings ?? new MeetingSettings();
        var countries = settings.GlobalDialInCountries is { Count: > 0 } requested ? requested.Select(c => c.ToUpperInvariant()).Distinct().ToList() : ["US"];
        foreach (var country in countries.Where(c => !DialInNumbers.IsKnown(c)))
        {
            errors.Add(new("settings.global_dial_in_countries", $"Unsupported dial-in country: {country}."));
        }

        if (errors.Count > 0)
        {
            error = Reply.Validation([.. errors]);
            return null;
        }

        var alternativeHosts = (settings.AlternativeHosts ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var alternative in alternativeHosts)
        {
            var alt = FindUserState(alternative);
            if (alt?.User.Id is null || alt.User.Status != UserStatus.Active || alt.User.Id == host.User.Id)
            {
                error = Reply.Error(HttpStatusCode.BadRequest, 300,
                    $"Invalid alternative host: {alternative}. Alternative hosts must be active users of this account other than the host.",
                    [new ZoomFieldError("settings.alternative_hosts", "Invalid field.")]);
                return null;
            }
        }

        // Start: local wall-clock time in the meeting's zone (a trailing Z means UTC).
        DateTime localStart;
        if (request.StartTime is { } given)
        {
            localStart = given.Kind == DateTimeKind.Utc ? TimeZoneInfo.ConvertTimeFromUtc(given, zone) : DateTime.SpecifyKind(given, DateTimeKind.Unspecified);
            if (!allowPast && RecurrenceCalculator.ToUtc(localStart, zone) < now)
            {
                localStart = existing?.LocalStart ?? LocalNow(now, zone);
            }
        }
        else
        {
            localStart = existing?.LocalStart ?? LocalNow(now, zone);
        }

        if (type == MeetingType.Instant)
        {
            localStart = LocalNow(now, zone);
        }

        List<MeetingOccurrence>? occurrences = null;
        DateTimeOffset? startUtc = type == MeetingType.RecurringNoFixedTime ? null : RecurrenceCalculator.ToUtc(localStart, zone);
        var recurrence = type is MeetingType.RecurringFixedTime or MeetingType.RecurringNoFixedTime ? request.Recurrence : null;
        if (type == MeetingType.RecurringFixedTime && recurrence is not null)
        {
            var starts = RecurrenceCalculator.Compute(recurrence, localStart, zone);
            if (starts.Count == 0)
            {
                error = Reply.Validation(new ZoomFieldError("recurrence.end_date_time", "The recurrence ends before the first occurrence."));
                return null;
            }

            occurrences = [];
            foreach (var occurrenceStart in starts)
            {
                var occurrenceId = occurrenceStart.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
                var overridden = existing?.OccurrenceOverrides.GetValueOrDefault(occurrenceId);
                occurrences.Add(new MeetingOccurrence
                {
                    OccurrenceId = occurrenceId,
                    StartTime = overridden?.StartTime ?? occurrenceStart,
                    Duration = overridden?.Duration ?? duration,
                    Status = existing?.DeletedOccurrences.Contains(occurrenceId) == true ? OccurrenceStatus.Deleted : OccurrenceStatus.Available,
                });
            }

            startUtc = starts[0];
        }

        var old = existing?.Meeting;
        var passcode = request.Password ?? old?.Password ?? (request.DefaultPassword == false ? null : NewPasscode());
        var pstn = passcode is null ? null : old?.Password == passcode && old.PstnPassword is not null ? old.PstnPassword : NewDigits(6);
        var encrypted = passcode is null ? null : old?.Password == passcode && old.EncryptedPassword is not null ? old.EncryptedPassword : NewSecret(32) + ".1";
        var approval = settings.ApprovalType ?? Models.ApprovalType.NoRegistration;
        var joinBeforeHost = settings.JoinBeforeHost ?? false;
        var finalSettings = settings with
        {
            HostVideo = settings.HostVideo ?? host.Settings.HostVideo,
            ParticipantVideo = settings.ParticipantVideo ?? host.Settings.ParticipantsVideo,
            JoinBeforeHost = joinBeforeHost,
            JbhTime = settings.JbhTime ?? 0,
            MuteUponEntry = settings.MuteUponEntry ?? false,
            Watermark = settings.Watermark ?? false,
            UsePmi = settings.UsePmi ?? false,
            ApprovalType = approval,
            Audio = settings.Audio ?? MeetingAudio.Both,
            AutoRecording = settings.AutoRecording ?? AutoRecording.None,
            WaitingRoom = settings.WaitingRoom ?? !joinBeforeHost,
            AlternativeHosts = string.Join(';', alternativeHosts),
            AlternativeHostsEmailNotification = settings.AlternativeHostsEmailNotification ?? true,
            MeetingAuthentication = settings.MeetingAuthentication ?? false,
            GlobalDialInCountries = countries,
            GlobalDialInNumbers = DialInNumbers.For(countries),
            EncryptionType = settings.EncryptionType ?? "enhanced_encryption",
        };
        var meeting = new Meeting
        {
            Id = id,
            Uuid = old?.Uuid ?? SeedData.InstanceUuid(_random, slash: false),
            HostId = host.User.Id,
            HostEmail = host.User.Email,
            Topic = request.Topic ?? "Zoom meeting",
            Type = type,
            Status = old?.Status ?? MeetingStatus.Waiting,
            StartTime = startUtc,
            Duration = duration,
            Timezone = zone.Id,
            Agenda = request.Agenda ?? string.Empty,
            CreatedAt = old?.CreatedAt ?? new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero),
            CreationSource = old?.CreationSource ?? source,
            StartUrl = string.Create(CultureInfo.InvariantCulture, $"https://zoom.us/s/{id}?zak={NewSecret(48)}"),
            JoinUrl = encrypted is null ? string.Create(CultureInfo.InvariantCulture, $"https://zoom.us/j/{id}") : string.Create(CultureInfo.InvariantCulture, $"https://zoom.us/j/{id}?pwd={encrypted}"),
            RegistrationUrl = approval is Models.ApprovalType.Automatic or Models.ApprovalType.Manual ? string.Create(CultureInfo.InvariantCulture, $"https://zoom.us/meeting/register/{NewSecret(22)}") : null,
            Password = passcode,
            H323Password = pstn,
            PstnPassword = pstn,
            EncryptedPassword = encrypted,
            PreSchedule = false,
            Recurrence = recurrence,
            Occurrences = occurrences,
            Settings = finalSettings,
            TrackingFields = request.TrackingFields,
        };
        if (existing is not null)
        {
            existing.Meeting = meeting;
            existing.LocalStart = localStart;
            return existing;
        }

        return new MeetingState(meeting, localStart);
    }

    private static DateTime LocalNow(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
    }

    private string NewPasscode() => NewDigits(6);

    private string NewDigits(int count)
        => string.Create(count, _random, static (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('0' + random.Next(10));
            }
        });

    private static bool TryTimeZone(string id, out TimeZoneInfo zone)
    {
        if (id is "UTC" or "GMT" or "Etc/UTC")
        {
            zone = TimeZoneInfo.Utc;
            return true;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }

    private Reply CreateMeetingFromApi(ApiRequest request, UserState host, DateTimeOffset now)
    {
        var body = JsonSerializer.Deserialize(request.Body, ZoomJsonContext.Default.MeetingCreateRequest);
        if (body is null)
        {
            return Reply.Validation(new ZoomFieldError("body", "This field is required."));
        }

        EnsureContent(host);
        if (DailyWriteExceeded(host.User.Id!, now) is { } limited)
        {
            return limited;
        }

        var state = BuildMeeting(host, body, NewMeetingId(), null, now, CreationSource.OpenApi, allowPast: false, out var error);
        if (state is null)
        {
            return error!;
        }

        _meetings[state.Meeting.Id] = state;
        CountDailyWrite(host.User.Id!, now);
        return Reply.Json(HttpStatusCode.Created, state.Meeting, ZoomJsonContext.Default.Meeting);
    }

    private Reply RouteMeetings(ApiRequest request, DateTimeOffset now)
    {
        var s = request.Segments;
        if (!long.TryParse(s[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Reply.MeetingNotFound(s[1]);
        }

        var state = FindMeetingState(id);
        if (state is null || !CanSee(request.Grant, state))
        {
            return Reply.MeetingNotFound(s[1]);
        }

        if (state.Deleted && !(s.Length == 3 && s[2] == "status"))
        {
            return Reply.MeetingNotFound(s[1]);
        }

        var m = request.Method.Method;
        return (s.Length, s.Length > 2 ? s[2] : null, m) switch
        {
            (2, _, "GET") => GetMeeting(request, state, now),
            (2, _, "PATCH") => UpdateMeetingFromApi(request, state, now),
            (2, _, "DELETE") => DeleteMeetingFromApi(request, state),
            (3, "status", "PUT") => UpdateMeetingStatus(request, state, now),
            (3, "invitation", "GET") => Invitation(state),
            (3, "registrants", "GET") => ListRegistrants(request, state, now),
            (3, "registrants", "POST") => CreateRegistrant(request, state, now),
            _ => NotFound(),
        };
    }

    private static bool CanSee(AccessGrant grant, MeetingState state) => grant.AccountLevel || state.HostId == grant.UserId;

    private Reply GetMeeting(ApiRequest request, MeetingState state, DateTimeOffset now)
    {
        var meeting = state.Meeting with { StartUrl = string.Create(CultureInfo.InvariantCulture, $"https://zoom.us/s/{state.Meeting.Id}?zak={NewSecret(48)}") };
        if (meeting.Occurrences is { } occurrences)
        {
            if (request.Q("occurrence_id") is { } occurrenceId)
            {
                var occurrence = occurrences.FirstOrDefault(o => o.OccurrenceId == occurrenceId);
                if (occurrence is null)
                {
                    return Reply.Validation(new ZoomFieldError("occurrence_id", "Invalid field."));
                }

                meeting = meeting with { StartTime = occurrence.StartTime, Duration = occurrence.Duration };
            }

            if (request.Q("show_previous_occurrences") != "true")
            {
                meeting = meeting with { Occurrences = [.. occurrences.Where(o => o.StartTime!.Value.AddMinutes(o.Duration ?? 0) > now)] };
            }
        }

        return Reply.Ok(meeting, ZoomJsonContext.Default.Meeting);
    }

    private Reply UpdateMeetingFromApi(ApiRequest request, MeetingState state, DateTimeOffset now)
    {
        var node = JsonNode.Parse(request.Body) as JsonObject ?? throw new JsonException("The body must be a JSON object.");
        var patch = JsonSerializer.Deserialize(request.Body, ZoomJsonContext.Default.MeetingUpdateRequest)!;
        var host = _usersById[state.HostId];
        if (DailyWriteExceeded(state.HostId, now) is { } limited)
        {
            return limited;
        }

        if (request.Q("occurrence_id") is { } occurrenceId)
        {
            var occurrence = state.Meeting.Occurrences?.FirstOrDefault(o => o.OccurrenceId == occurrenceId);
            if (occurrence is null)
            {
                return Reply.Validation(new ZoomFieldError("occurrence_id", "Invalid field."));
            }

            TryTimeZone(state.Meeting.Timezone ?? "UTC", out var zone);
            var newStart = patch.StartTime is { } local
                ? (local.Kind == DateTimeKind.Utc ? new DateTimeOffset(local, TimeSpan.Zero) : RecurrenceCalculator.ToUtc(local, zone))
                : occurrence.StartTime!.Value;
            if (patch.Duration is { } d && d is < 1 or > 1440)
            {
                return Reply.Validation(new ZoomFieldError("duration", "Must be between 1 and 1440."));
            }

            state.OccurrenceOverrides[occurrenceId] = new MeetingOccurrence { OccurrenceId = occurrenceId, StartTime = newStart, Duration = patch.Duration ?? occurrence.Duration };
            state.Meeting = state.Meeting with
            {
                Occurrences = [.. state.Meeting.Occurrences!.Select(o => o.OccurrenceId == occurrenceId ? o with { StartTime = newStart, Duration = patch.Duration ?? o.Duration } : o)],
            };
            CountDailyWrite(state.HostId, now);
            return Reply.NoContent();
        }

        var current = state.Meeting;
        var settings = current.Settings ?? new MeetingSettings();
        if (node["settings"] is JsonObject settingsPatch)
        {
            var merged = JsonSerializer.SerializeToNode(settings, ZoomJsonContext.Default.MeetingSettings)!.AsObject();
            foreach (var (key, value) in settingsPatch)
            {
                merged[key] = value?.DeepClone();
            }

            settings = merged.Deserialize(ZoomJsonContext.Default.MeetingSettings)!;
        }

        var rebuilt = new MeetingCreateRequest
        {
            Topic = node.ContainsKey("topic") ? patch.Topic : current.Topic,
            Type = patch.Type ?? current.Type,
            StartTime = patch.StartTime ?? state.LocalStart,
            Duration = patch.Duration ?? current.Duration,
            Timezone = patch.Timezone ?? current.Timezone,
            Password = node.ContainsKey("password") ? patch.Password : current.Password,
            DefaultPassword = current.Password is not null,
            Agenda = node.ContainsKey("agenda") ? patch.Agenda : current.Agenda,
            Recurrence = patch.Recurrence ?? current.Recurrence,
            Settings = settings with { GlobalDialInNumbers = null },
            TrackingFields = patch.TrackingFields ?? current.TrackingFields,
        };
        var before = (state.Meeting, state.LocalStart);
        var result = BuildMeeting(host, rebuilt, current.Id, state, now, current.CreationSource ?? CreationSource.OpenApi, allowPast: patch.StartTime is null, out var error);
        if (result is null)
        {
            (state.Meeting, state.LocalStart) = before;
            return error!;
        }

        CountDailyWrite(state.HostId, now);
        return Reply.NoContent();
    }

    private static Reply DeleteMeetingFromApi(ApiRequest request, MeetingState state)
    {
        if (request.Q("occurrence_id") is { } occurrenceId)
        {
            if (state.Meeting.Occurrences?.Any(o => o.OccurrenceId == occurrenceId) != true)
            {
                return Reply.Validation(new ZoomFieldError("occurrence_id", "Invalid field."));
            }

            state.DeletedOccurrences.Add(occurrenceId);
            state.Meeting = state.Meeting with
            {
                Occurrences = [.. state.Meeting.Occurrences!.Select(o => o.OccurrenceId == occurrenceId ? o with { Status = OccurrenceStatus.Deleted } : o)],
            };
            return Reply.NoContent();
        }

        state.Deleted = true;
        return Reply.NoContent();
    }

    private Reply UpdateMeetingStatus(ApiRequest request, MeetingState state, DateTimeOffset now)
    {
        var action = ReadAction(request.Body);
        switch (action)
        {
            case "recover" when state.Deleted:
                state.Deleted = false;
                return Reply.NoContent();
            case "recover":
                return Reply.Invalid($"Meeting {state.Meeting.Id} is not deleted.");
            case "end" when state.Deleted:
                return Reply.MeetingNotFound(state.Meeting.Id.ToString(CultureInfo.InvariantCulture));
            case "end":
                if (state.StartedAt is { } started)
                {
                    var instance = new PastInstanceState(SeedData.InstanceUuid(_random, slash: false), state.Meeting.Id, started, now);
                    var host = _usersById[state.HostId].User;
                    instance.Participants.Add(new PastMeetingParticipant
                    {
                        Id = NewSecret(22),
                        Name = host.DisplayName,
                        UserId = host.Id,
                        UserEmail = host.Email,
                        JoinTime = started,
                        LeaveTime = now,
                        Duration = (int)(now - started).TotalSeconds,
                        Status = "in_meeting",
                        InternalUser = true,
                        Failover = false,
                    });
                    state.PastInstances.Add(instance);
                    state.StartedAt = null;
                    if (state.Meeting.Settings?.AutoRecording == AutoRecording.Cloud)
                    {
                        // A cloud-recorded meeting leaves a recording when it ends (and a recording.completed webhook).
                        _endedRecording = AddRecordingState(state, instance, _usersById[state.HostId], new Random(_random.Next()));
                    }
                }

                state.Meeting = state.Meeting with { Status = MeetingStatus.Waiting };
                return Reply.NoContent();
            default:
                return Reply.Validation(new ZoomFieldError("action", "Invalid field."));
        }
    }

    private Reply Invitation(MeetingState state)
    {
        TryTimeZone(state.Meeting.Timezone ?? "UTC", out var zone);
        var host = _usersById[state.HostId].User;
        return Reply.Ok(new MeetingInvitation { Invitation = InvitationWriter.Write(state.Meeting, host, zone) }, ZoomJsonContext.Default.MeetingInvitation);
    }

    private static DateTimeOffset? NextStart(Meeting meeting, DateTimeOffset now)
        => meeting.Occurrences is { } occurrences
            ? occurrences.Where(o => o.Status != OccurrenceStatus.Deleted && o.StartTime!.Value.AddMinutes(o.Duration ?? 0) > now).Select(o => o.StartTime).FirstOrDefault()
              ?? (occurrences.Count > 0 ? occurrences[^1].StartTime : null)
            : meeting.StartTime;

    private static bool IsUpcoming(Meeting meeting, DateTimeOffset now)
        => meeting.Type == MeetingType.RecurringNoFixedTime
           || (meeting.Occurrences is { } occurrences
               ? occurrences.Any(o => o.Status != OccurrenceStatus.Deleted && o.StartTime!.Value.AddMinutes(o.Duration ?? 0) > now)
               : meeting.StartTime is { } start && start.AddMinutes(meeting.Duration ?? 0) > now);

    private static MeetingSummary Summary(Meeting meeting, DateTimeOffset now) => new()
    {
        Id = meeting.Id,
        Uuid = meeting.Uuid,
        HostId = meeting.HostId,
        Topic = meeting.Topic,
        Type = meeting.Type,
        StartTime = NextStart(meeting, now),
        Duration = meeting.Duration,
        Timezone = meeting.Timezone,
        Agenda = meeting.Agenda,
        CreatedAt = meeting.CreatedAt,
        JoinUrl = meeting.JoinUrl,
    };

    private List<MeetingState> HostMeetings(UserState host)
    {
        EnsureContent(host);
        return [.. _meetings.Values.Where(m => !m.Deleted && m.HostId == host.User.Id)
            .OrderBy(m => m.Meeting.StartTime ?? DateTimeOffset.MaxValue).ThenBy(m => m.Meeting.Id)];
    }

    private Reply ListMeetings(ApiRequest request, UserState host, DateTimeOffset now)
    {
        var type = request.Q("type") ?? "scheduled";
        Func<MeetingState, bool>? filter = type switch
        {
            "scheduled" => m => m.Meeting.Type is MeetingType.Scheduled or MeetingType.RecurringFixedTime or MeetingType.RecurringNoFixedTime,
            "live" => m => m.Meeting.Status == MeetingStatus.Started,
            "upcoming" or "upcoming_meetings" => m => IsUpcoming(m.Meeting, now),
            "previous_meetings" => m => m.PastInstances.Count > 0 || !IsUpcoming(m.Meeting, now),
            _ => null,
        };
        if (filter is null)
        {
            return Reply.Validation(new ZoomFieldError("type", "Invalid field."));
        }

        DateOnly? from = null, to = null;
        if (request.Q("from") is { } fromText)
        {
            if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
            {
                return Reply.Validation(new ZoomFieldError("from", "Invalid field."));
            }

            from = f;
        }

        if (request.Q("to") is { } toText)
        {
            if (!DateOnly.TryParseExact(toText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                return Reply.Validation(new ZoomFieldError("to", "Invalid field."));
            }

            to = t;
        }

        TryTimeZone(request.Q("timezone") ?? "UTC", out var listZone);
        var matching = HostMeetings(host).Where(filter).Where(m =>
        {
            if (from is null && to is null)
            {
                return true;
            }

            if (NextStart(m.Meeting, now) is not { } start)
            {
                return false;
            }

            var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, listZone).DateTime);
            return (from is null || date >= from) && (to is null || date <= to);
        }).ToList();
        var error = Page(request, matching, now, out var page, out var next, out var size, out var number);
        if (error is not null)
        {
            return error;
        }

        return Reply.Ok(new MeetingList
        {
            PageCount = (matching.Count + size - 1) / size,
            PageNumber = number,
            PageSize = size,
            TotalRecords = matching.Count,
            NextPageToken = next,
            Meetings = [.. page.Select(m => Summary(m.Meeting, now))],
        }, ZoomJsonContext.Default.MeetingList);
    }

    private Reply ListUpcomingMeetings(UserState host, DateTimeOffset now)
    {
        var upcoming = HostMeetings(host).Where(m => IsUpcoming(m.Meeting, now)).Select(m => Summary(m.Meeting, now)).ToList();
        return Reply.Ok(new UpcomingMeetingList { TotalRecords = upcoming.Count, Meetings = upcoming }, ZoomJsonContext.Default.UpcomingMeetingList);
    }

    private Reply RoutePastMeetings(ApiRequest request)
    {
        var s = request.Segments;
        var (state, instance) = FindPastInstance(s[1], s.Length == 2 || s[2] == "participants");
        if (state is null || instance is null || !CanSee(request.Grant, state))
        {
            return Reply.MeetingNotFound(s[1]);
        }

        if (s.Length == 2)
        {
            var host = _usersById.GetValueOrDefault(state.HostId)?.User;
            return Reply.Ok(new PastMeetingDetails
            {
                Id = state.Meeting.Id,
                Uuid = instance.Uuid,
                HostId = state.HostId,
                Topic = state.Meeting.Topic,
                Type = state.Meeting.Type,
                UserName = host?.DisplayName,
                UserEmail = host?.Email,
                StartTime = instance.Start,
                EndTime = instance.End,
                Duration = (int)Math.Round((instance.End - instance.Start).TotalMinutes),
                TotalMinutes = (int)instance.Participants.Sum(p => (p.LeaveTime!.Value - p.JoinTime!.Value).TotalMinutes),
                ParticipantsCount = instance.Participants.Count,
                Dept = host?.Dept,
                Source = "Zoom",
            }, ZoomJsonContext.Default.PastMeetingDetails);
        }

        switch (s[2])
        {
            case "instances" when s.Length == 3:
                return Reply.Ok(new PastMeetingInstanceList
                {
                    Meetings = [.. state.PastInstances.OrderBy(i => i.Start).Select(i => new PastMeetingInstance { Uuid = i.Uuid, StartTime = i.Start })],
                }, ZoomJsonContext.Default.PastMeetingInstanceList);
            case "participants" when s.Length == 3:
                var now = _time.GetUtcNow();
                var error = Page(request, instance.Participants, now, out var page, out var next, out var size, out _);
                if (error is not null)
                {
                    return error;
                }

                return Reply.Ok(new PastMeetingParticipantList
                {
                    PageCount = (instance.Participants.Count + size - 1) / size,
                    PageSize = size,
                    TotalRecords = instance.Participants.Count,
                    NextPageToken = next,
                    Participants = page,
                }, ZoomJsonContext.Default.PastMeetingParticipantList);
            default:
                return NotFound();
        }
    }

    /// <summary>Finds a past instance by meeting id (the latest one) or by instance UUID.</summary>
    private (MeetingState? Meeting, PastInstanceState? Instance) FindPastInstance(string idOrUuid, bool latest)
    {
        if (long.TryParse(idOrUuid, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            var state = FindMeetingState(id);
            if (state is null)
            {
                return (null, null);
            }

            var instance = state.PastInstances.OrderByDescending(i => i.Start).FirstOrDefault();
            return (state, latest ? instance : instance ?? new PastInstanceState(string.Empty, id, default, default));
        }

        foreach (var pass in new[] { false, true })
        {
            if (pass)
            {
                EnsureAllContent();
            }

            foreach (var meeting in _meetings.Values)
            {
                var instance = meeting.PastInstances.FirstOrDefault(i => i.Uuid == idOrUuid);
                if (instance is not null)
                {
                    return (meeting, instance);
                }
            }
        }

        return (null, null);
    }

    private Reply ListRegistrants(ApiRequest request, MeetingState state, DateTimeOffset now)
    {
        if (state.Meeting.Settings?.ApprovalType is not (Models.ApprovalType.Automatic or Models.ApprovalType.Manual))
        {
            return Reply.Error(HttpStatusCode.BadRequest, 3000, $"Registration has not been enabled for this meeting: {state.Meeting.Id}.");
        }

        var status = request.Q("status") ?? "approved";
        if (status is not ("approved" or "pending" or "denied"))
        {
            return Reply.Validation(new ZoomFieldError("status", "Invalid field."));
        }

        var matching = state.Registrants.Where(r => r.Status == status).ToList();
        var error = Page(request, matching, now, out var page, out var next, out var size, out var number);
        if (error is not null)
        {
            return error;
        }

        return Reply.Ok(new MeetingRegistrantList
        {
            PageCount = (matching.Count + size - 1) / size,
            PageNumber = number,
            PageSize = size,
            TotalRecords = matching.Count,
            NextPageToken = next,
            Registrants = page,
        }, ZoomJsonContext.Default.MeetingRegistrantList);
    }

    private Reply CreateRegistrant(ApiRequest request, MeetingState state, DateTimeOffset now)
    {
        var body = JsonSerializer.Deserialize(request.Body, ZoomJsonContext.Default.MeetingRegistrant);
        var errors = new List<ZoomFieldError>();
        if (string.IsNullOrWhiteSpace(body?.Email) || !body.Email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(new("email", "Invalid field."));
        }

        if (string.IsNullOrWhiteSpace(body?.FirstName))
        {
            errors.Add(new("first_name", "This field is required."));
        }

        if (errors.Count > 0)
        {
            return Reply.Validation([.. errors]);
        }

        var approval = state.Meeting.Settings?.ApprovalType;
        if (approval is not (Models.ApprovalType.Automatic or Models.ApprovalType.Manual))
        {
            return Reply.Error(HttpStatusCode.BadRequest, 3000, $"Registration has not been enabled for this meeting: {state.Meeting.Id}.");
        }

        if (state.Registrants.Count >= 4999)
        {
            return Reply.Invalid("A meeting can have at most 4999 registrants.");
        }

        var registrant = state.Registrants.FirstOrDefault(r => string.Equals(r.Email, body!.Email, StringComparison.OrdinalIgnoreCase));
        if (registrant is null)
        {
            var registrantId = NewSecret(22);
            registrant = body! with
            {
                Id = registrantId,
                Status = approval == Models.ApprovalType.Automatic ? "approved" : "pending",
                CreateTime = now,
                JoinUrl = string.Create(CultureInfo.InvariantCulture, $"https://zoom.us/w/{state.Meeting.Id}?tk={NewSecret(40)}"),
                ParticipantPinCode = NewDigits(6),
            };
            state.Registrants.Add(registrant);
        }

        return Reply.Json(HttpStatusCode.Created, new MeetingRegistrantCreated
        {
            Id = state.Meeting.Id,
            RegistrantId = registrant.Id,
            JoinUrl = registrant.JoinUrl,
            Topic = state.Meeting.Topic,
            StartTime = state.Meeting.StartTime,
            Occurrences = state.Meeting.Occurrences,
            ParticipantPinCode = registrant.ParticipantPinCode,
        }, ZoomJsonContext.Default.MeetingRegistrantCreated);
    }
}
