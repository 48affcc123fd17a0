namespace Zoom.Connector.Sample.Hosting;

/// <summary>A clock that reads 00:00 UTC of the current day when created and then runs at the real clock's pace.</summary>
internal sealed class DayStartClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly TimeSpan _offset;

    public DayStartClock(TimeProvider inner)
    {
        _inner = inner;
        var now = inner.GetUtcNow();
        _offset = -now.TimeOfDay;
    }

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow() + _offset;

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => _inner.CreateTimer(callback, state, dueTime, period);
}
