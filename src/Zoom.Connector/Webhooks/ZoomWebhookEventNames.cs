namespace Zoom.Connector.Webhooks;

/// <summary>
/// Names of the webhook events the connector knows by name. Any other name parses as well: this list is a convenience
/// for handlers, not a filter.
/// </summary>
public static class ZoomWebhookEventNames
{
    /// <summary>Zoom's URL validation challenge, answered by the receiver itself.</summary>
    public const string EndpointUrlValidation = "endpoint.url_validation";

    /// <summary>A meeting was created.</summary>
    public const string MeetingCreated = "meeting.created";

    /// <summary>A meeting was updated (<c>payload.old_object</c> holds the previous values).</summary>
    public const string MeetingUpdated = "meeting.updated";

    /// <summary>A meeting (or one occurrence) was deleted.</summary>
    public const string MeetingDeleted = "meeting.deleted";

    /// <summary>A deleted meeting was recovered.</summary>
    public const string MeetingRecovered = "meeting.recovered";

    /// <summary>A meeting was deleted for good.</summary>
    public const string MeetingPermanentlyDeleted = "meeting.permanently_deleted";

    /// <summary>A meeting started.</summary>
    public const string MeetingStarted = "meeting.started";

    /// <summary>A meeting ended.</summary>
    public const string MeetingEnded = "meeting.ended";

    /// <summary>A participant joined a meeting.</summary>
    public const string MeetingParticipantJoined = "meeting.participant_joined";

    /// <summary>A participant left a meeting.</summary>
    public const string MeetingParticipantLeft = "meeting.participant_left";

    /// <summary>A cloud recording started.</summary>
    public const string RecordingStarted = "recording.started";

    /// <summary>A cloud recording stopped.</summary>
    public const string RecordingStopped = "recording.stopped";

    /// <summary>A cloud recording's files are ready; carries the secret top-level <c>download_token</c> (valid 24 hours).</summary>
    public const string RecordingCompleted = "recording.completed";

    /// <summary>A recording's transcript is ready.</summary>
    public const string RecordingTranscriptCompleted = "recording.transcript_completed";

    /// <summary>A recording was moved to the trash.</summary>
    public const string RecordingTrashed = "recording.trashed";

    /// <summary>A recording was deleted for good.</summary>
    public const string RecordingDeleted = "recording.deleted";

    /// <summary>A recording was recovered from the trash.</summary>
    public const string RecordingRecovered = "recording.recovered";

    /// <summary>A user was created.</summary>
    public const string UserCreated = "user.created";

    /// <summary>A user was updated.</summary>
    public const string UserUpdated = "user.updated";

    /// <summary>A user was deleted.</summary>
    public const string UserDeleted = "user.deleted";

    /// <summary>A user was deactivated (their meetings and recordings stay).</summary>
    public const string UserDeactivated = "user.deactivated";

    /// <summary>A deactivated user was activated again.</summary>
    public const string UserActivated = "user.activated";
}
