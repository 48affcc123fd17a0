using System.Globalization;

namespace Zoom.Connector.Models;

/// <summary>
/// A meeting reference for paths that accept either a numeric meeting id or a meeting instance UUID
/// (past meetings, cloud recordings).
/// </summary>
/// <remarks>
/// Zoom requires a UUID that starts with <c>/</c> or contains <c>//</c> to be URL-encoded twice. The HTTP layer
/// encodes every path segment once, so <see cref="ToString"/> returns such a UUID already encoded once.
/// Converts implicitly from <see cref="long"/> (an id) and <see cref="string"/> (a UUID, or an id in text).
/// </remarks>
public readonly record struct MeetingIdOrUuid
{
    private readonly string? _value;

    private MeetingIdOrUuid(string value) => _value = value;

    /// <summary>A reference to a meeting by its numeric id (the latest instance for past-meeting paths).</summary>
    public static MeetingIdOrUuid FromId(long meetingId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(meetingId);
        return new MeetingIdOrUuid(meetingId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A reference to one meeting instance by its UUID.</summary>
    public static MeetingIdOrUuid FromUuid(string uuid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uuid);
        return new MeetingIdOrUuid(uuid);
    }

    /// <summary>The id or UUID as given, not encoded.</summary>
    public string Value => _value ?? throw new InvalidOperationException("The meeting reference is empty; create it from an id or a UUID.");

    /// <summary>Whether Zoom needs this value encoded twice in a path (it starts with <c>/</c> or contains <c>//</c>).</summary>
    public bool NeedsDoubleEncoding => Value.StartsWith('/') || Value.Contains("//", StringComparison.Ordinal);

    /// <summary>
    /// The value as it goes into a path before the HTTP layer's own encoding; empty for a default (empty) reference,
    /// which the HTTP layer then refuses with an <see cref="ArgumentException"/> naming the parameter.
    /// </summary>
    public override string ToString() => _value is null ? string.Empty : NeedsDoubleEncoding ? Uri.EscapeDataString(_value) : _value;

    /// <summary>The raw value, or <see langword="null"/> for a default (empty) reference.</summary>
    internal string? RawValue => _value;

    /// <summary>Converts a numeric meeting id.</summary>
    public static implicit operator MeetingIdOrUuid(long meetingId) => FromId(meetingId);

    /// <summary>Converts a meeting UUID (or an id written as text).</summary>
    public static implicit operator MeetingIdOrUuid(string uuid) => FromUuid(uuid);
}
