using System.Collections.Frozen;

namespace Zoom.Connector.RateLimiting;

/// <summary>One Zoom operation: method, path template, operation id and rate-limit category.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathTemplate">The path relative to the API base, e.g. <c>/users/{userId}/meetings</c>.</param>
/// <param name="OperationId">Zoom's operation id, e.g. <c>meetingCreate</c>.</param>
/// <param name="Category">The rate-limit label; <see cref="ZoomRateLimitCategory.Unknown"/> where Zoom publishes none.</param>
internal sealed record ZoomOperation(string Method, string PathTemplate, string OperationId, ZoomRateLimitCategory Category)
{
    internal string[] Segments { get; } = PathTemplate.Split('/', StringSplitOptions.RemoveEmptyEntries);

    internal int LiteralCount { get; } = PathTemplate.Split('/', StringSplitOptions.RemoveEmptyEntries).Count(s => !s.StartsWith('{'));
}

/// <summary>
/// The operations the connector knows, derived from the shared operation table (<c>operations.tsv</c>: method, path,
/// operationId and rate-limit label). Labels the table marks "unconfirmed" map to <see cref="ZoomRateLimitCategory.Unknown"/>
/// (account budget only); "MEDIUM(2023-spec only)" maps to Medium. A request is classified by method and path:
/// literal segments win over parameters, so <c>GET /users/email</c> is <c>userEmail</c> and <c>GET /users/a@b.c</c>
/// is <c>user</c>; <c>/users/me/...</c> matches the <c>{userId}</c> templates.
/// </summary>
internal static class ZoomOperationCatalog
{
    public const int MaxSegments = 8;

    public static readonly ZoomOperation MeetingCreate = new("POST", "/users/{userId}/meetings", "meetingCreate", ZoomRateLimitCategory.Light);

    public static readonly ZoomOperation MeetingUpdate = new("PATCH", "/meetings/{meetingId}", "meetingUpdate", ZoomRateLimitCategory.Light);

    public static readonly ZoomOperation MeetingGet = new("GET", "/meetings/{meetingId}", "meeting", ZoomRateLimitCategory.Light);

    /// <summary>Every operation of the table.</summary>
    public static IReadOnlyList<ZoomOperation> All { get; } =
    [
        new("GET", "/users", "users", ZoomRateLimitCategory.Medium),
        new("POST", "/users", "userCreate", ZoomRateLimitCategory.Light),
        new("GET", "/users/email", "userEmail", ZoomRateLimitCategory.Light),
        new("POST", "/users/features", "bulkUpdateFeature", ZoomRateLimitCategory.Medium),
        new("GET", "/users/me/zak", "userZak", ZoomRateLimitCategory.Light),
        new("GET", "/users/summary", "userSummary", ZoomRateLimitCategory.Medium),
        new("GET", "/users/vanity_name", "userVanityName", ZoomRateLimitCategory.Light),
        new("GET", "/users/{userId}", "user", ZoomRateLimitCategory.Light),
        new("PATCH", "/users/{userId}", "userUpdate", ZoomRateLimitCategory.Light),
        new("DELETE", "/users/{userId}", "userDelete", ZoomRateLimitCategory.Light),
        new("GET", "/users/{userId}/assistants", "userAssistants", ZoomRateLimitCategory.Medium),
        new("POST", "/users/{userId}/assistants", "userAssistantCreate", ZoomRateLimitCategory.Medium),
        new("DELETE", "/users/{userId}/assistants", "userAssistantsDelete", ZoomRateLimitCategory.Light),
        new("DELETE", "/users/{userId}/assistants/{assistantId}", "userAssistantDelete", ZoomRateLimitCategory.Light),
        new("GET", "/users/{userId}/collaboration_devices", "listCollaborationDevices", ZoomRateLimitCategory.Medium),
        new("GET", "/users/{userId}/collaboration_devices/{collaborationDeviceId}", "getCollaborationDevice", ZoomRateLimitCategory.Medium),
        new("PUT", "/users/{userId}/email", "userEmailUpdate", ZoomRateLimitCategory.Light),
        new("GET", "/users/{userId}/meeting_summary_templates", "Getmeetingsummarytemplates", ZoomRateLimitCategory.Unknown),
        new("GET", "/users/{userId}/meeting_templates/{meetingTemplateId}", "getUserMeetingTemplates", ZoomRateLimitCategory.Medium),
        new("PUT", "/users/{userId}/password", "userPassword", ZoomRateLimitCategory.Medium),
        new("GET", "/users/{userId}/permissions", "userPermission", ZoomRateLimitCategory.Light),
        new("POST", "/users/{userId}/picture", "userPicture", ZoomRateLimitCategory.Medium),
        new("DELETE", "/users/{userId}/picture", "userPictureDelete", ZoomRateLimitCategory.Medium),
        new("GET", "/users/{userId}/presence_status", "getUserPresenceStatus", ZoomRateLimitCategory.Unknown),
        new("PUT", "/users/{userId}/presence_status", "updatePresenceStatus", ZoomRateLimitCategory.Medium),
        new("GET", "/users/{userId}/schedulers", "userSchedulers", ZoomRateLimitCategory.Medium),
        new("DELETE", "/users/{userId}/schedulers", "userSchedulersDelete", ZoomRateLimitCategory.Light),
        new("DELETE", "/users/{userId}/schedulers/{schedulerId}", "userSchedulerDelete", ZoomRateLimitCategory.Light),
        new("GET", "/users/{userId}/settings", "userSettings", ZoomRateLimitCategory.Medium),
        new("PATCH", "/users/{userId}/settings", "userSettingsUpdate", ZoomRateLimitCategory.Medium),
        new("POST", "/users/{userId}/settings/virtual_backgrounds", "uploadVBuser", ZoomRateLimitCategory.Medium),
        new("DELETE", "/users/{userId}/settings/virtual_backgrounds", "delUserVB", ZoomRateLimitCategory.Light),
        new("PUT", "/users/{userId}/status", "userStatus", ZoomRateLimitCategory.Light),
        new("GET", "/users/{userId}/token", "userToken", ZoomRateLimitCategory.Light),
        new("DELETE", "/users/{userId}/token", "userSSOTokenDelete", ZoomRateLimitCategory.Light),
        new("PATCH", "/live_meetings/{meetingId}/chat/messages/{messageId}", "updateMeetingChatMessageById", ZoomRateLimitCategory.Medium),
        new("DELETE", "/live_meetings/{meetingId}/chat/messages/{messageId}", "deleteMeetingChatMessageById", ZoomRateLimitCategory.Medium),
        new("PATCH", "/live_meetings/{meetingId}/events", "inMeetingControl", ZoomRateLimitCategory.Medium),
        new("PATCH", "/live_meetings/{meetingId}/rtms_app/status", "meetingRTMSStatusUpdate", ZoomRateLimitCategory.Medium),
        new("GET", "/meetings/meeting_summaries", "Listmeetingsummaries", ZoomRateLimitCategory.Medium),
        MeetingGet,
        MeetingUpdate,
        new("DELETE", "/meetings/{meetingId}", "meetingDelete", ZoomRateLimitCategory.Light),
        new("POST", "/meetings/{meetingId}/batch_polls", "createBatchPolls", ZoomRateLimitCategory.Light),
        new("POST", "/meetings/{meetingId}/batch_registrants", "addBatchRegistrants", ZoomRateLimitCategory.Heavy),
        new("GET", "/meetings/{meetingId}/invitation", "meetingInvitation", ZoomRateLimitCategory.Light),
        new("POST", "/meetings/{meetingId}/invite_links", "meetingInviteLinksCreate", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/jointoken/live_streaming", "meetingLiveStreamingJoinToken", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/jointoken/local_recording", "meetingLocalRecordingJoinToken", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/livestream", "getMeetingLiveStreamDetails", ZoomRateLimitCategory.Light),
        new("PATCH", "/meetings/{meetingId}/livestream", "meetingLiveStreamUpdate", ZoomRateLimitCategory.Light),
        new("PATCH", "/meetings/{meetingId}/livestream/status", "meetingLiveStreamStatusUpdate", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/meeting_summary", "Getameetingsummary", ZoomRateLimitCategory.Light),
        new("DELETE", "/meetings/{meetingId}/meeting_summary", "Deletemeetingorwebinarsummary", ZoomRateLimitCategory.Light),
        new("POST", "/meetings/{meetingId}/open_apps", "meetingAppAdd", ZoomRateLimitCategory.Light),
        new("DELETE", "/meetings/{meetingId}/open_apps", "meetingAppDelete", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/polls", "meetingPolls", ZoomRateLimitCategory.Light),
        new("POST", "/meetings/{meetingId}/polls", "meetingPollCreate", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/polls/{pollId}", "meetingPollGet", ZoomRateLimitCategory.Light),
        new("PUT", "/meetings/{meetingId}/polls/{pollId}", "meetingPollUpdate", ZoomRateLimitCategory.Light),
        new("DELETE", "/meetings/{meetingId}/polls/{pollId}", "meetingPollDelete", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/registrants", "meetingRegistrants", ZoomRateLimitCategory.Medium),
        new("POST", "/meetings/{meetingId}/registrants", "meetingRegistrantCreate", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/registrants/questions", "meetingRegistrantsQuestionsGet", ZoomRateLimitCategory.Light),
        new("PATCH", "/meetings/{meetingId}/registrants/questions", "meetingRegistrantQuestionUpdate", ZoomRateLimitCategory.Light),
        new("PUT", "/meetings/{meetingId}/registrants/status", "meetingRegistrantStatus", ZoomRateLimitCategory.Medium),
        new("GET", "/meetings/{meetingId}/registrants/{registrantId}", "meetingRegistrantGet", ZoomRateLimitCategory.Light),
        new("DELETE", "/meetings/{meetingId}/registrants/{registrantId}", "meetingregistrantdelete", ZoomRateLimitCategory.Light),
        new("POST", "/meetings/{meetingId}/sip_dialing", "getSipDialingWithPasscode", ZoomRateLimitCategory.Medium),
        new("PUT", "/meetings/{meetingId}/status", "meetingStatus", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/survey", "meetingSurveyGet", ZoomRateLimitCategory.Light),
        new("PATCH", "/meetings/{meetingId}/survey", "meetingSurveyUpdate", ZoomRateLimitCategory.Light),
        new("DELETE", "/meetings/{meetingId}/survey", "meetingSurveyDelete", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/token", "meetingToken", ZoomRateLimitCategory.Light),
        new("GET", "/past_meetings/{meetingId}", "pastMeetingDetails", ZoomRateLimitCategory.Light),
        new("GET", "/past_meetings/{meetingId}/instances", "pastMeetings", ZoomRateLimitCategory.Medium),
        new("GET", "/past_meetings/{meetingId}/participants", "pastMeetingParticipants", ZoomRateLimitCategory.Medium),
        new("GET", "/past_meetings/{meetingId}/polls", "listPastMeetingPolls", ZoomRateLimitCategory.Medium),
        new("GET", "/past_meetings/{meetingId}/qa", "listPastMeetingQA", ZoomRateLimitCategory.Medium),
        new("GET", "/users/{userId}/meeting_templates", "listMeetingTemplates", ZoomRateLimitCategory.Medium),
        new("POST", "/users/{userId}/meeting_templates", "meetingTemplateCreate", ZoomRateLimitCategory.Medium),
        new("GET", "/users/{userId}/meetings", "meetings", ZoomRateLimitCategory.Medium),
        MeetingCreate,
        new("GET", "/users/{userId}/upcoming_meetings", "listUpcomingMeeting", ZoomRateLimitCategory.Medium),
        new("GET", "/meetings/{meetingId}/recordings", "recordingGet", ZoomRateLimitCategory.Light),
        new("DELETE", "/meetings/{meetingId}/recordings", "recordingDelete", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/recordings/analytics_details", "analytics_details", ZoomRateLimitCategory.Medium),
        new("GET", "/meetings/{meetingId}/recordings/analytics_summary", "analytics_summary", ZoomRateLimitCategory.Medium),
        new("GET", "/meetings/{meetingId}/recordings/registrants", "meetingRecordingRegistrants", ZoomRateLimitCategory.Medium),
        new("POST", "/meetings/{meetingId}/recordings/registrants", "meetingRecordingRegistrantCreate", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/recordings/registrants/questions", "recordingRegistrantsQuestionsGet", ZoomRateLimitCategory.Light),
        new("PATCH", "/meetings/{meetingId}/recordings/registrants/questions", "recordingRegistrantQuestionUpdate", ZoomRateLimitCategory.Light),
        new("PUT", "/meetings/{meetingId}/recordings/registrants/status", "meetingRecordingRegistrantStatus", ZoomRateLimitCategory.Medium),
        new("GET", "/meetings/{meetingId}/recordings/settings", "recordingSettingUpdate", ZoomRateLimitCategory.Light),
        new("PATCH", "/meetings/{meetingId}/recordings/settings", "recordingSettingsUpdate", ZoomRateLimitCategory.Light),
        new("DELETE", "/meetings/{meetingId}/recordings/{recordingId}", "recordingDeleteOne", ZoomRateLimitCategory.Light),
        new("PUT", "/meetings/{meetingId}/recordings/{recordingId}/status", "recordingStatusUpdateOne", ZoomRateLimitCategory.Light),
        new("GET", "/meetings/{meetingId}/transcript", "GetMeetingTranscript", ZoomRateLimitCategory.Medium),
        new("DELETE", "/meetings/{meetingId}/transcript", "DeleteMeetingTranscript", ZoomRateLimitCategory.Medium),
        new("PUT", "/meetings/{meetingUUID}/recordings/status", "recordingStatusUpdate", ZoomRateLimitCategory.Light),
        new("GET", "/users/{userId}/recordings", "recordingsList", ZoomRateLimitCategory.Medium),
    ];

    private static readonly FrozenDictionary<(string Method, int Count), ZoomOperation[]> ByShape = All
        .GroupBy(o => (o.Method, o.Segments.Length))
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(o => o.LiteralCount).ToArray());

    /// <summary>
    /// Finds the operation of a request path (absolute, e.g. <c>/v2/users/me/meetings</c>). <paramref name="basePath"/>
    /// (e.g. <c>/v2/</c>) is stripped first when the path starts with it. Returns <see langword="null"/> when unknown.
    /// </summary>
    public static ZoomOperation? Match(string method, ReadOnlySpan<char> path, ReadOnlySpan<char> basePath)
    {
        if (basePath.Length > 1 && path.StartsWith(basePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            path = path[basePath.TrimEnd('/').Length..];
        }

        Span<Range> ranges = stackalloc Range[MaxSegments + 1];
        var count = path.Split(ranges, '/', StringSplitOptions.RemoveEmptyEntries);
        if (count == 0 || count > MaxSegments || !ByShape.TryGetValue((method, count), out var candidates))
        {
            return null;
        }

        // Candidates are ordered by literal count, so the first full match is the most specific one.
        foreach (var operation in candidates)
        {
            var matched = true;
            for (var i = 0; i < count; i++)
            {
                var segment = operation.Segments[i];
                if (segment[0] != '{' && !path[ranges[i]].Equals(segment, StringComparison.OrdinalIgnoreCase))
                {
                    matched = false;
                    break;
                }
            }

            if (matched)
            {
                return operation;
            }
        }

        return null;
    }

    /// <summary>The path segment at <paramref name="index"/> (after the base path), unescaped; <see langword="null"/> when absent.</summary>
    public static string? Segment(ReadOnlySpan<char> path, ReadOnlySpan<char> basePath, int index)
    {
        if (basePath.Length > 1 && path.StartsWith(basePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            path = path[basePath.TrimEnd('/').Length..];
        }

        Span<Range> ranges = stackalloc Range[MaxSegments + 1];
        var count = path.Split(ranges, '/', StringSplitOptions.RemoveEmptyEntries);
        return index < count ? Uri.UnescapeDataString(path[ranges[index]].ToString()) : null;
    }
}
