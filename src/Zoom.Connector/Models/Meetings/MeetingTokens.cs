// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>A short-lived token that lets an app join a meeting for one purpose (live streaming or local recording). <see cref="Token"/> is a secret.</summary>
public sealed record MeetingJoinToken
{
    /// <summary>The number of seconds the join token is valid for before it expires.</summary>
    public long? ExpireIn { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): the join token.</summary>
    public string? Token { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => $"MeetingJoinToken {{ ExpireIn = {ExpireIn} }}";
}

/// <summary>A meeting token that lets a third-party service send closed captions into the meeting: the response of <c>GET /meetings/{meetingId}/token</c>. <see cref="Token"/> is a secret.</summary>
public sealed record MeetingToken
{
    /// <summary>A secret (kept out of <see cref="ToString"/>): the generated meeting token.</summary>
    public string? Token { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => "MeetingToken { }";
}

/// <summary>A SIP URI that lets a SIP device dial straight into a meeting, and how long it is valid.</summary>
public sealed record MeetingSipDialing
{
    /// <summary>The meeting's encoded SIP URI.</summary>
    public string? SipDialing { get; init; }

    /// <summary>Whether the API caller has a CRC (Conference Room Connector) plan.</summary>
    public bool? PaidCrcPlanParticipant { get; init; }

    /// <summary>This value identifies the meeting participant.</summary>
    public string? ParticipantIdentifierCode { get; init; }

    /// <summary>The number of seconds the encoded SIP URI is valid before it expires.</summary>
    public long? ExpireIn { get; init; }
}

/// <summary>The body of <c>POST /meetings/{meetingId}/sip_dialing</c> (getSipDialingWithPasscode).</summary>
public sealed record MeetingSipDialingRequest
{
    /// <summary>A secret (kept out of <see cref="ToString"/>): if customers desire that a passcode be embedded in the SIP URI dial string, they must supply the passcode.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Passcode { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => "MeetingSipDialingRequest { }";
}
