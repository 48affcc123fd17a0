using System.Globalization;
using StackExchange.Redis;
using Zoom.Connector.Sync;

namespace Zoom.Connector.Redis;

/// <summary>
/// The sync change journal shared by the fleet and kept across restarts: one hash (<c>{prefix}sync:journal</c>, field =
/// meeting id, value = stamp) and a stamp counter (<c>{prefix}sync:journal:stamp</c>, <c>INCR</c>), so a meeting changed
/// through any instance is re-read by the next run on whichever instance holds the sync lock, and a mark made while a
/// run re-reads the meeting outlives that run's clear.
/// </summary>
internal sealed class RedisZoomSyncChangeJournal(ZoomRedisConnection connection) : IZoomSyncChangeJournal
{
    /// <summary>KEYS: journal, stamp counter. ARGV: meeting id. Returns the new stamp.</summary>
    internal const string MarkScript = """
        local stamp = redis.call('INCR', KEYS[2])
        redis.call('HSET', KEYS[1], ARGV[1], stamp)
        return stamp
        """;

    /// <summary>KEYS: journal. ARGV: meeting id, stamp. Removes the mark only if it still carries that stamp.</summary>
    internal const string ClearScript = """
        if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end
        return 0
        """;

    private RedisKey Journal => connection.Key("sync:journal");

    public async ValueTask MarkMeetingAsync(long meetingId, CancellationToken cancellationToken = default)
    {
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            await database.ScriptEvaluateAsync(MarkScript, [Journal, connection.Key("sync:journal:stamp")], [Id(meetingId)]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "marking a changed meeting in the sync change journal", ex);
        }
    }

    public async ValueTask<IReadOnlyDictionary<long, long>> GetMarkedMeetingsAsync(CancellationToken cancellationToken = default)
    {
        HashEntry[] entries;
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            entries = await database.HashGetAllAsync(Journal).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "reading the sync change journal", ex);
        }

        var marks = new Dictionary<long, long>(entries.Length);
        foreach (var entry in entries)
        {
            // Only what this journal wrote is read back; anything else in the key is ignored.
            if (long.TryParse(entry.Name.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && entry.Value.TryParse(out long stamp))
            {
                marks[id] = stamp;
            }
        }

        return marks;
    }

    public async ValueTask<bool> ClearMeetingAsync(long meetingId, long stamp, CancellationToken cancellationToken = default)
    {
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            return (long)await database.ScriptEvaluateAsync(ClearScript, [Journal], [Id(meetingId), stamp.ToString(CultureInfo.InvariantCulture)]).ConfigureAwait(false) == 1;
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "clearing a meeting's mark in the sync change journal", ex);
        }
    }

    private static string Id(long meetingId) => meetingId.ToString(CultureInfo.InvariantCulture);
}
