using System.Globalization;
using System.Net;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Testing;

public sealed partial class ZoomEmulator
{
    /// <summary>
    /// A snapshot of every cloud recording with its files that are not in the trash (recordings whose files are all in
    /// the trash are left out). Reading it generates the lazily created recordings of every user.
    /// </summary>
    public IReadOnlyList<RecordingMeeting> Recordings
    {
        get
        {
            using (Read())
            {
                EnsureAllContent();
                return [.. _recordings.Where(r => r.Files.Any(f => f.DeletedTime is null)).Select(r => View(r, trash: false))];
            }
        }
    }

    /// <summary>
    /// Records a finished run of a meeting with a cloud recording (MP4, M4A, transcript and timeline files), as if the
    /// host had held it from <paramref name="start"/> for <paramref name="durationMinutes"/>.
    /// </summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="start">When the run started.</param>
    /// <param name="durationMinutes">How long it ran.</param>
    public RecordingMeeting AddRecording(long meetingId, DateTimeOffset start, int durationMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(durationMinutes, 1);
        using (Write())
        {
            var meeting = FindMeetingState(meetingId) ?? throw new ArgumentException($"The emulator has no meeting {meetingId}.", nameof(meetingId));
            var host = _usersById[meeting.HostId];
            var random = new Random(_random.Next());
            var end = start.AddMinutes(durationMinutes);
            var instance = new PastInstanceState(SeedData.InstanceUuid(random, slash: false), meetingId, start, end);
            instance.Participants.AddRange(SeedData.Participants(random, start, end, host.User));
            meeting.PastInstances.Add(instance);
            return View(AddRecordingState(meeting, instance, host, random), trash: false);
        }
    }

    /// <summary>Permanently deletes the recording of the meeting instance with this UUID. Returns whether it existed.</summary>
    /// <param name="uuid">The meeting instance UUID.</param>
    public bool DeleteRecording(string uuid)
    {
        using (Write())
        {
            EnsureAllContent();
            return _recordings.RemoveAll(r => r.Uuid == uuid) > 0;
        }
    }

    private RecordingState AddRecordingState(MeetingState meeting, PastInstanceState instance, UserState host, Random random)
    {
        var files = SeedData.RecordingFiles(random, instance.Uuid, meeting.Meeting.Id, instance.Start, instance.End);
        var recording = new RecordingMeeting
        {
            Uuid = instance.Uuid,
            Id = meeting.Meeting.Id,
            AccountId = ServiceAccountId,
            HostId = host.User.Id,
            Topic = meeting.Meeting.Topic,
            Type = meeting.Meeting.Type,
            StartTime = instance.Start,
            Duration = (int)Math.Round((instance.End - instance.Start).TotalMinutes),
            ShareUrl = $"https://zoom.us/rec/share/{SeedNames.Token(random, 40)}",
            RecordingPlayPasscode = SeedNames.Token(random, 32),
            Password = SeedNames.Token(random, 8),
            AutoDelete = false,
        };
        var state = new RecordingState(recording, files);
        state.Settings = state.Settings with { Topic = meeting.Meeting.Topic };
        _recordings.Add(state);
        return state;
    }

    private RecordingMeeting View(RecordingState state, bool trash)
    {
        var files = state.Files.Where(f => trash ? f.DeletedTime is not null : f.DeletedTime is null).Select(DownloadView).ToList();
        return state.Recording with
        {
            RecordingFiles = files,
            RecordingCount = files.Count,
            TotalSize = files.Sum(f => f.FileSize ?? 0),
        };
    }

    private Reply ListRecordings(ApiRequest request, UserState host, DateTimeOffset now)
    {
        var trash = request.Q("trash") == "true";
        var fromText = request.Q("from");
        var toText = request.Q("to");
        if (trash && (fromText is not null || toText is not null))
        {
            return Reply.Invalid("from and to cannot be used together with trash=true.");
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        DateOnly from = today, to = today.AddDays(1);
        if (fromText is not null && !DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from))
        {
            return Reply.Validation(new ZoomFieldError("from", "Invalid field."));
        }

        if (toText is not null && !DateOnly.TryParseExact(toText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out to))
        {
            return Reply.Validation(new ZoomFieldError("to", "Invalid field."));
        }

        if (fromText is not null && toText is null)
        {
            to = today >= from ? today : from;
        }
        else if (fromText is null && toText is not null)
        {
            from = to;
        }

        if (to < from)
        {
            return Reply.Invalid("The to date must not be before the from date.");
        }

        if (to > from.AddMonths(1))
        {
            return Reply.Invalid("The date range can not exceed one month.");
        }

        long? meetingId = null;
        if (request.Q("meeting_id") is { } idText)
        {
            if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Reply.Validation(new ZoomFieldError("meeting_id", "Invalid field."));
            }

            meetingId = parsed;
        }

        EnsureContent(host);
        var matching = _recordings
            .Where(r => r.HostId == host.User.Id && (meetingId is null || r.Recording.Id == meetingId))
            .Where(r => r.Files.Any(f => trash ? f.DeletedTime is not null : f.DeletedTime is null))
            .Where(r => trash || (DateOnly.FromDateTime(r.Recording.StartTime!.Value.UtcDateTime) is var day && day >= from && day <= to))
            .OrderByDescending(r => r.Recording.StartTime)
            .ToList();
        var error = Page(request, matching, now, out var page, out var next, out var size, out _);
        if (error is not null)
        {
            return error;
        }

        return Reply.Ok(new RecordingList
        {
            From = trash ? null : from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            To = trash ? null : to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PageCount = (matching.Count + size - 1) / size,
            PageSize = size,
            TotalRecords = matching.Count,
            NextPageToken = next,
            Meetings = [.. page.Select(r => View(r, trash))],
        }, ZoomJsonContext.Default.RecordingList);
    }

    private Reply RouteRecordings(ApiRequest request, DateTimeOffset now)
    {
        var s = request.Segments;

        // A UUID with a slash must be encoded twice; encoded once, Zoom sees an extra path segment and finds nothing.
        if (request.RawSegments[1].Contains("%2F", StringComparison.OrdinalIgnoreCase))
        {
            return Reply.NoRecording();
        }

        var state = FindRecording(s[1]);
        if (state is null || (!request.Grant.AccountLevel && state.HostId != request.Grant.UserId))
        {
            return Reply.NoRecording();
        }

        var m = request.Method.Method;
        switch (s.Length, m)
        {
            case (3, "GET"):
                if (!state.Files.Any(f => f.DeletedTime is null))
                {
                    return Reply.NoRecording();
                }

                var view = View(state, trash: false);
                if (request.Q("include_fields") == "download_access_token")
                {
                    var ttl = 86_400;
                    if (request.Q("ttl") is { } ttlText && (!int.TryParse(ttlText, NumberStyles.None, CultureInfo.InvariantCulture, out ttl) || ttl > 604_800))
                    {
                        return Reply.Validation(new ZoomFieldError("ttl", "Must be between 0 and 604800."));
                    }

                    view = view with { DownloadAccessToken = NewDownloadToken(state, now + TimeSpan.FromSeconds(ttl == 0 ? 86_400 : ttl)) };
                }

                return Reply.Ok(view, ZoomJsonContext.Default.RecordingMeeting);
            case (3, "DELETE"):
                return DeleteRecordingFiles(request, state, null, now);
            case (4, "GET") when s[3] == "settings":
                return Reply.Ok(state.Settings, ZoomJsonContext.Default.RecordingSettings);
            case (4, "PUT") when s[3] == "status":
                return RecoverRecordingFiles(request, state, null);
            case (4, "DELETE"):
                return DeleteRecordingFiles(request, state, s[3], now);
            case (5, "PUT") when s[4] == "status" && s[3] != "registrants":
                return RecoverRecordingFiles(request, state, s[3]);
            default:
                return NotFound();
        }
    }

    private RecordingState? FindRecording(string idOrUuid)
    {
        if (long.TryParse(idOrUuid, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            _ = FindMeetingState(id);
            return _recordings.Where(r => r.Recording.Id == id).OrderByDescending(r => r.Recording.StartTime).FirstOrDefault();
        }

        var found = _recordings.FirstOrDefault(r => r.Uuid == idOrUuid);
        if (found is null && !_allMaterialized)
        {
            EnsureAllContent();
            found = _recordings.FirstOrDefault(r => r.Uuid == idOrUuid);
        }

        return found;
    }

    private Reply DeleteRecordingFiles(ApiRequest request, RecordingState state, string? fileId, DateTimeOffset now)
    {
        var action = request.Q("action") ?? "trash";
        if (action is not ("trash" or "delete"))
        {
            return Reply.Validation(new ZoomFieldError("action", "Invalid field."));
        }

        var targets = state.Files.Where(f => (fileId is null || f.Id == fileId) && (action == "delete" || f.DeletedTime is null)).ToList();
        if (targets.Count == 0)
        {
            return Reply.NoRecording();
        }

        foreach (var file in targets)
        {
            var index = state.Files.IndexOf(file);
            if (action == "delete")
            {
                state.Files.RemoveAt(index);
            }
            else
            {
                state.Files[index] = file with { DeletedTime = now, Status = "completed" };
            }
        }

        if (state.Files.Count == 0)
        {
            _recordings.Remove(state);
        }

        return Reply.NoContent();
    }

    private static Reply RecoverRecordingFiles(ApiRequest request, RecordingState state, string? fileId)
    {
        var action = ReadAction(request.Body);
        if (action != "recover")
        {
            return Reply.Validation(new ZoomFieldError("action", "Invalid field."));
        }

        var trashed = state.Files.Where(f => f.DeletedTime is not null && (fileId is null || f.Id == fileId)).ToList();
        if (trashed.Count == 0)
        {
            return Reply.Error(HttpStatusCode.NotFound, 3301, "There is no recording in the trash to recover.");
        }

        foreach (var file in trashed)
        {
            state.Files[state.Files.IndexOf(file)] = file with { DeletedTime = null };
        }

        return Reply.NoContent();
    }
}
