// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>
/// Settings of one meeting's recording (<c>GET /meetings/{meetingId}/recordings/settings</c>).
/// <see cref="Password"/> is a secret.
/// </summary>
public sealed record RecordingSettings
{
    /// <summary><c>publicly</c>, <c>internally</c> or <c>none</c>.</summary>
    public string? ShareRecording { get; init; }

    /// <summary>Only authenticated users may view.</summary>
    public bool? RecordingAuthentication { get; init; }

    /// <summary>Authentication option id.</summary>
    public string? AuthenticationOption { get; init; }

    /// <summary>Authentication domains.</summary>
    public string? AuthenticationDomains { get; init; }

    /// <summary>Whether viewers may download.</summary>
    public bool? ViewerDownload { get; init; }

    /// <summary>A secret: the viewing password.</summary>
    public string? Password { get; init; }

    /// <summary>Registration required to view.</summary>
    public bool? OnDemand { get; init; }

    /// <summary>Registration approval: 0 automatic, 1 manual, 2 none.</summary>
    public ApprovalType? ApprovalType { get; init; }

    /// <summary>Email the host when someone registers.</summary>
    public bool? SendEmailToHost { get; init; }

    /// <summary>Show social share buttons on the registration page.</summary>
    public bool? ShowSocialShareButtons { get; init; }

    /// <summary>Recording name.</summary>
    public string? Topic { get; init; }

    /// <summary>Auto-delete the recording.</summary>
    public bool? AutoDelete { get; init; }

    /// <summary>Auto-delete date.</summary>
    public string? AutoDeleteDate { get; init; }

    /// <summary>The authentication option's name.</summary>
    public string? AuthenticationName { get; init; }

    /// <summary>Prints the settings without the password.</summary>
    public override string ToString() => $"RecordingSettings {{ ShareRecording = {ShareRecording}, ViewerDownload = {ViewerDownload}, OnDemand = {OnDemand} }}";
}

/// <summary>Changes how a meeting's cloud recording is shared (visibility, passcode, download, registration): the body of <c>PATCH /meetings/{meetingId}/recordings/settings</c>. <see cref="Password"/> is a secret.</summary>
public sealed record RecordingSettingsUpdateRequest
{
    /// <summary>The approval type for the registration.</summary>
    public int? ApprovalType { get; init; }

    /// <summary>The authentication domains.</summary>
    public string? AuthenticationDomains { get; init; }

    /// <summary>The authentication options.</summary>
    public string? AuthenticationOption { get; init; }

    /// <summary>Determine whether the registration is required to view the recording.</summary>
    public bool? OnDemand { get; init; }

    /// <summary>A secret (kept out of <see cref="ToString"/>): enable passcode protection for the recording by setting a passcode.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Password { get; init; }

    /// <summary>Indicate that only authenticated users can view.</summary>
    public bool? RecordingAuthentication { get; init; }

    /// <summary>Send an email to host when someone registers to view the recording.</summary>
    public bool? SendEmailToHost { get; init; }

    /// <summary>Determine how the meeting recording is shared.</summary>
    public RecordingSettingsShareRecording? ShareRecording { get; init; }

    /// <summary>Show social share buttons on registration page.</summary>
    public bool? ShowSocialShareButtons { get; init; }

    /// <summary>The name of the recording.</summary>
    public string? Topic { get; init; }

    /// <summary>Determine whether a viewer can download the recording file or not.</summary>
    public bool? ViewerDownload { get; init; }

    /// <summary>Update the auto-delete status of a meeting's cloud recording.</summary>
    public bool? AutoDelete { get; init; }

    /// <summary>Prints the non-secret fields only.</summary>
    public override string ToString() => $"RecordingSettingsUpdateRequest {{ ApprovalType = {ApprovalType}, AuthenticationDomains = {AuthenticationDomains}, AuthenticationOption = {AuthenticationOption}, OnDemand = {OnDemand}, RecordingAuthentication = {RecordingAuthentication}, SendEmailToHost = {SendEmailToHost} }}";
}

/// <summary>Zoom values of <c>RecordingSettingsShareRecording</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<RecordingSettingsShareRecording>))]
public enum RecordingSettingsShareRecording
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>publicly</c>.</summary>
    [JsonStringEnumMemberName("publicly")] Publicly,
    /// <summary><c>internally</c>.</summary>
    [JsonStringEnumMemberName("internally")] Internally,
    /// <summary><c>none</c>.</summary>
    [JsonStringEnumMemberName("none")] None,
}
