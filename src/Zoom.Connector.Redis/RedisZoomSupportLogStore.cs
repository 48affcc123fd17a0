using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Zoom.Connector.SupportLog;

namespace Zoom.Connector.Redis;

/// <summary>
/// The fleet's support log on Redis: one sorted set per key prefix (<c>{prefix}supportlog</c>) scored by each record's
/// time, the member a sequence number (<c>{prefix}supportlog:seq</c>, so records of the same instant keep their order
/// and identical records stay distinct) and the record's JSON line. Every append trims, in the same script, the records
/// older than <c>Zoom:SupportLog:Retention</c> and the oldest beyond <c>Zoom:SupportLog:MaxEntries</c>, and renews the
/// keys' expiry to the retention, so neither Redis nor this process ever holds an unbounded log. Appends are sent
/// without waiting for Redis's answer (a call to Zoom never waits on its support log, and a Redis failure never fails
/// it); queries read the time range in pages and filter as they go.
/// </summary>
internal sealed partial class RedisZoomSupportLogStore(
    ZoomRedisConnection connection,
    IOptions<ZoomSupportLogOptions> options,
    TimeProvider time,
    ILogger<RedisZoomSupportLogStore> logger) : IZoomSupportLogStore
{
    /// <summary>
    /// KEYS: set, sequence. ARGV: score, JSON line, cutoff score, max entries, ttl ms.
    /// Adds the record, drops records before the cutoff and the oldest beyond the cap, renews both keys' expiry.
    /// </summary>
    internal const string AppendScript = """
        local seq = redis.call('INCR', KEYS[2])
        redis.call('ZADD', KEYS[1], ARGV[1], string.format('%016d', seq) .. '|' .. ARGV[2])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
        local excess = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[4])
        if excess > 0 then redis.call('ZREMRANGEBYRANK', KEYS[1], 0, excess - 1) end
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        redis.call('PEXPIRE', KEYS[2], ARGV[5])
        return seq
        """;

    private const int PageSize = 512;
    private static readonly TimeSpan WarningInterval = TimeSpan.FromMinutes(1);
    private long _lastWarningTicks = long.MinValue;

    internal RedisKey SetKey => connection.Key("supportlog");

    private RedisKey SequenceKey => connection.Key("supportlog:seq");

    /// <inheritdoc />
    public async ValueTask AppendAsync(ZoomSupportLogEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var settings = options.Value;
        var cutoff = time.GetUtcNow() - settings.Retention;
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            await database.ScriptEvaluateAsync(
                AppendScript,
                [SetKey, SequenceKey],
                [Score(entry.Timestamp), ZoomSupportLogExport.ToJsonLine(entry), Score(cutoff), settings.MaxEntries, (long)Math.Ceiling(settings.Retention.TotalMilliseconds)],
                CommandFlags.FireAndForget).ConfigureAwait(false);
        }
        catch (Exception exception) when (ZoomRedisFailures.IsRedisFailure(exception) || exception is ZoomRedisException)
        {
            // The support log must never fail the call it describes: the host learns of it through its log, at most once a minute.
            var now = time.GetTimestamp();
            var last = Interlocked.Read(ref _lastWarningTicks);
            if (last == long.MinValue || time.GetElapsedTime(last, now) >= WarningInterval)
            {
                Interlocked.Exchange(ref _lastWarningTicks, now);
                LogAppendFailed(logger, exception.GetType().Name);
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ZoomSupportLogEntry> QueryAsync(ZoomSupportLogQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var cutoff = time.GetUtcNow() - options.Value.Retention;
        var from = query.From is { } f && f > cutoff ? f : cutoff;
        double start = Score(from);
        double stop = query.To is { } to ? Score(to) : double.PositiveInfinity;
        var exclude = query.To is null ? Exclude.None : Exclude.Stop;
        var seenAtStart = 0L;
        IDatabase database;
        try
        {
            database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
        {
            throw ZoomRedisFailures.Wrap(connection, "reading the support log", ex);
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SortedSetEntry[] page;
            try
            {
                // Keyset paging: from the last score read, skipping the members of that score already read.
                page = await database.SortedSetRangeByScoreWithScoresAsync(SetKey, start, stop, exclude, Order.Ascending, seenAtStart, PageSize).ConfigureAwait(false);
            }
            catch (Exception ex) when (ZoomRedisFailures.IsRedisFailure(ex))
            {
                throw ZoomRedisFailures.Wrap(connection, "reading the support log", ex);
            }

            foreach (var item in page)
            {
                if (item.Score == start)
                {
                    seenAtStart++;
                }
                else
                {
                    start = item.Score;
                    seenAtStart = 1;
                }

                if (Parse(item.Element) is { } entry && entry.Timestamp >= from && query.Matches(entry))
                {
                    yield return entry;
                }
            }

            if (page.Length < PageSize)
            {
                yield break;
            }
        }
    }

    /// <summary>Microseconds since 1970: whole numbers a sorted set's double score holds exactly, ordered like the instants.</summary>
    internal static long Score(DateTimeOffset instant)
        => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    private static ZoomSupportLogEntry? Parse(RedisValue member)
    {
        var text = (string?)member;
        var bar = text?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        return bar < 0 ? null : ZoomSupportLogExport.ParseJsonLine(text![(bar + 1)..]);
    }

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "The Zoom support log could not write a record to Redis ({Error}); the call itself went on.")]
    private static partial void LogAppendFailed(ILogger logger, string error);

}
