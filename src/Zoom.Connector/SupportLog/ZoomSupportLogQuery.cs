namespace Zoom.Connector.SupportLog;

/// <summary>Which records to read from the support log; every filter is optional and they combine with AND.</summary>
public sealed record ZoomSupportLogQuery
{
    /// <summary>Only records at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only records before this instant.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only records of this identity key (<c>service</c> or a key from <see cref="ZoomSupportLogIdentity.KeyOf"/>).</summary>
    public string? IdentityKey { get; init; }

    /// <summary>Only records of this operation id (e.g. <c>meetingCreate</c>, <c>token:refresh_token</c>).</summary>
    public string? Operation { get; init; }

    /// <summary>Only records with this HTTP status.</summary>
    public int? Status { get; init; }

    /// <summary>Whether <paramref name="entry"/> passes every filter.</summary>
    /// <param name="entry">A record.</param>
    public bool Matches(ZoomSupportLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (From is not { } from || entry.Timestamp >= from)
               && (To is not { } to || entry.Timestamp < to)
               && (IdentityKey is null || string.Equals(entry.IdentityKey, IdentityKey, StringComparison.Ordinal))
               && (Operation is null || string.Equals(entry.Operation, Operation, StringComparison.OrdinalIgnoreCase))
               && (Status is null || entry.Status == Status);
    }
}
