// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>The response of <c>GET /users/{userId}/collaboration_devices</c> (listCollaborationDevices).</summary>
public sealed record UserCollaborationDeviceList
{
    /// <summary>Total number of records returned.</summary>
    public int? TotalRecords { get; init; }

    /// <summary>The user's signed-in devices.</summary>
    public IReadOnlyList<UserCollaborationDevice>? CollaborationDevices { get; init; }
}

/// <summary>A Zoom client device (desktop, mobile, Zoom Room) signed in as the user, used to move meetings between devices.</summary>
public sealed record UserCollaborationDevice
{
    /// <summary>Unique identifier of the device.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>Name of the Personal Zoom Room's device.</summary>
    public string? DeviceName { get; init; }

    /// <summary>Name of the Personal Zoom Room.</summary>
    public string? RoomName { get; init; }

    /// <summary>Unique Identifier of the Zoom Room.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? RoomUserId { get; init; }

    /// <summary>Status of the device.</summary>
    public UserCollaborationDeviceStatus? Status { get; init; }
}

/// <summary>Zoom values of <c>UserCollaborationDeviceStatus</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<UserCollaborationDeviceStatus>))]
public enum UserCollaborationDeviceStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>Online</c>.</summary>
    [JsonStringEnumMemberName("Online")] Online,
    /// <summary><c>Offline</c>.</summary>
    [JsonStringEnumMemberName("Offline")] Offline,
}
