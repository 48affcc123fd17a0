namespace Zoom.Connector.Scheduling;

/// <summary>Resolves IANA and Windows time zone ids to the IANA id Zoom expects and a <see cref="TimeZoneInfo"/>.</summary>
internal static class ZoomTimeZones
{
    public const string Utc = "UTC";

    public static bool TryResolve(string? id, out string ianaId, out TimeZoneInfo zone)
    {
        ianaId = Utc;
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        var candidate = id.Trim();
        if (candidate is "UTC" or "Etc/UTC" or "Etc/UCT" or "UCT" or "Etc/Universal" or "Universal" or "Zulu" or "Etc/Zulu")
        {
            return true;
        }

        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(candidate, out var fromWindows))
        {
            candidate = fromWindows;
            if (candidate is "Etc/UTC")
            {
                return true;
            }
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var found) || !found.HasIanaId)
        {
            return false;
        }

        ianaId = candidate;
        zone = found;
        return true;
    }

    /// <summary>The zone of a meeting Zoom returned; UTC when Zoom names none or one this machine does not know.</summary>
    public static (string Id, TimeZoneInfo Zone) ForMeeting(string? zoomTimeZone)
        => TryResolve(zoomTimeZone, out var id, out var zone) ? (id, zone) : (Utc, TimeZoneInfo.Utc);
}
