using System.Threading.RateLimiting;

namespace Zoom.Connector.RateLimiting;

/// <summary>
/// One budget of <c>permits</c> per <c>window</c> as a sliding-window log: an acquisition is granted when fewer than
/// <c>permits</c> acquisitions were granted in the last <c>window + safetyMargin</c>; otherwise the caller waits until
/// the oldest of them leaves that span. Waiters are served oldest-first from a bounded queue and can be cancelled.
/// <para>Why this shape: no span of one window (aligned with ours or not, so also every fixed window a server counts
/// in) can hold more than <c>permits</c> grants, because any span of one window lies inside a span of
/// <c>window + safetyMargin</c>. The margin absorbs the jitter between granting a permit here and the request reaching
/// the server. Sustained use is <c>permits / (window + safetyMargin)</c>: 99.0 % of the budget with the default margin
/// of 1 % of the window, and at most one permit per window lost on small budgets.</para>
/// <para>Nothing ticks while nobody waits: a one-shot <see cref="TimeProvider"/> timer is armed only for the oldest
/// waiter, at the instant the oldest grant leaves the span, and re-armed from its callback while waiters remain. All
/// times come from the <see cref="TimeProvider"/>, so tests drive it with a fake clock. The same rule runs on Redis
/// for a fleet (<c>Zoom.Connector.Redis</c>).</para>
/// </summary>
internal sealed class ZoomPacedBucket : IDisposable
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly int _permits;
    private readonly long _span;

    // Grant timestamps of the current span, oldest first; never more than _permits of them.
    private readonly Queue<long> _grants = new();
    private readonly LinkedList<Waiter> _waiters = new();
    private ITimer? _timer;
    private long _armedFor = long.MaxValue;
    private long _successful;
    private long _failed;
    private bool _disposed;

    public ZoomPacedBucket(string name, int permits, TimeSpan window, int queueLimit, TimeProvider time, TimeSpan? safetyMargin = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        Name = name;
        QueueLimit = queueLimit;
        Window = window;
        SafetyMargin = EffectiveSafetyMargin(safetyMargin, window);
        ArgumentOutOfRangeException.ThrowIfLessThan(SafetyMargin, TimeSpan.Zero, nameof(safetyMargin));
        _permits = permits;
        _time = time;
        _span = ToTimestampUnits(Window + SafetyMargin, time.TimestampFrequency);
    }

    public string Name { get; }

    public int QueueLimit { get; }

    /// <summary>The budget's permits per window.</summary>
    public int Permits => _permits;

    /// <summary>The budget's window.</summary>
    public TimeSpan Window { get; }

    /// <summary>What is added to the window when counting grants (see <see cref="EffectiveSafetyMargin"/>).</summary>
    public TimeSpan SafetyMargin { get; }

    /// <summary>Whether a timer is armed (it is only while someone waits).</summary>
    internal bool TimerArmed
    {
        get
        {
            lock (_gate)
            {
                return _armedFor != long.MaxValue;
            }
        }
    }

    /// <summary>Permits free right now, requests queued, and totals of granted and refused acquisitions.</summary>
    public RateLimiterStatistics Statistics
    {
        get
        {
            lock (_gate)
            {
                Prune(_time.GetTimestamp());
                return new RateLimiterStatistics
                {
                    CurrentAvailablePermits = _waiters.Count > 0 ? 0 : _permits - _grants.Count,
                    CurrentQueuedCount = _waiters.Count,
                    TotalSuccessfulLeases = _successful,
                    TotalFailedLeases = _failed,
                };
            }
        }
    }

    /// <summary>The margin used when none is configured: 1 % of the window.</summary>
    public static TimeSpan EffectiveSafetyMargin(TimeSpan? configured, TimeSpan window)
        => configured ?? TimeSpan.FromTicks(window.Ticks / 100);

    /// <summary>
    /// Waits for one permit. Throws <see cref="ZoomRateLimitQueueFullException"/> when <see cref="QueueLimit"/>
    /// requests already wait, and <see cref="OperationCanceledException"/> when cancelled while waiting (its place in
    /// the queue is freed; a permit already granted is not given back, as it may have been counted).
    /// </summary>
    public ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _time.GetTimestamp();
            Prune(now);

            // Oldest first: a newcomer is granted at once only when nobody is ahead of it.
            if (_waiters.Count == 0 && _grants.Count < _permits)
            {
                _grants.Enqueue(now);
                _successful++;
                return ValueTask.CompletedTask;
            }

            if (_waiters.Count >= QueueLimit)
            {
                _failed++;
                throw new ZoomRateLimitQueueFullException(Name, QueueLimit);
            }

            waiter = new Waiter(this);
            waiter.Node = _waiters.AddLast(waiter);
            ArmLocked(now);
        }

        return cancellationToken.CanBeCanceled ? WaitAsync(waiter, cancellationToken) : new ValueTask(waiter.Task);
    }

    private static async ValueTask WaitAsync(Waiter waiter, CancellationToken cancellationToken)
    {
        // Registered after queueing: a token cancelled in between runs the callback at once and takes the waiter out.
        using var registration = cancellationToken.UnsafeRegister(static (state, token) => ((Waiter)state!).Cancel(token), waiter);
        await waiter.Task.ConfigureAwait(false);
    }

    /// <summary>The timer's callback: grants what the span allows now, oldest waiter first, and re-arms for the rest.</summary>
    internal void OnTimer()
    {
        List<Waiter>? granted = null;
        lock (_gate)
        {
            _armedFor = long.MaxValue;
            if (_disposed)
            {
                return;
            }

            var now = _time.GetTimestamp();
            Prune(now);
            while (_waiters.First is { } first && _grants.Count < _permits)
            {
                _waiters.RemoveFirst();
                first.Value.Node = null;
                _grants.Enqueue(now);
                _successful++;
                (granted ??= []).Add(first.Value);
            }

            ArmLocked(now);
        }

        if (granted is not null)
        {
            foreach (var waiter in granted)
            {
                waiter.Grant();
            }
        }
    }

    public void Dispose()
    {
        List<Waiter> abandoned;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _armedFor = long.MaxValue;
            abandoned = [.. _waiters];
            foreach (var waiter in abandoned)
            {
                waiter.Node = null;
            }

            _waiters.Clear();
        }

        _timer?.Dispose();
        foreach (var waiter in abandoned)
        {
            waiter.Fail(new ObjectDisposedException(nameof(ZoomPacedBucket), "The connector's rate budget was disposed while the request waited for a permit."));
        }
    }

    private static long ToTimestampUnits(TimeSpan span, long frequency)
        => (long)Math.Ceiling(span.Ticks * (double)frequency / TimeSpan.TicksPerSecond);

    /// <summary>Drops grants that have left the span: a grant at t counts for instants before t + span.</summary>
    private void Prune(long now)
    {
        while (_grants.TryPeek(out var oldest) && now - oldest >= _span)
        {
            _grants.Dequeue();
        }
    }

    /// <summary>Arms the one-shot timer for when the oldest grant leaves the span, if someone waits and it is not armed yet.</summary>
    private void ArmLocked(long now)
    {
        // An armed timer is never too late: it was armed for the oldest grant of its time, and grants only get newer.
        // (If it runs early, its callback re-arms for the rest.)
        if (_waiters.Count == 0 || _disposed || _armedFor != long.MaxValue)
        {
            return;
        }

        // Someone waits and no timer is armed: that happens only when the span is full (the first waiter, or after
        // the callback granted what it could), so the oldest grant decides and the delay is never zero.
        var due = _grants.Count < _permits ? now : _grants.Peek() + _span;

        _armedFor = due;
        var ticks = (long)Math.Ceiling(Math.Max(0, due - now) * (double)TimeSpan.TicksPerSecond / _time.TimestampFrequency);

        // System timers work in whole milliseconds and truncate: round up so the callback never runs early (if the
        // clock still says early, the callback re-arms for the rest).
        var delay = TimeSpan.FromTicks((ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond);
        _timer ??= _time.CreateTimer(static state => ((ZoomPacedBucket)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Takes a cancelled waiter out of the queue; <see langword="false"/> when it was granted (or cancelled) already.</summary>
    private bool TryRemove(Waiter waiter)
    {
        lock (_gate)
        {
            if (waiter.Node is not { } node)
            {
                return false;
            }

            _waiters.Remove(node);
            waiter.Node = null;
            if (_waiters.Count == 0 && _armedFor != long.MaxValue)
            {
                // Nobody waits any more: nothing should tick.
                _armedFor = long.MaxValue;
                _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }

            return true;
        }
    }

    private sealed class Waiter(ZoomPacedBucket bucket)
    {
        private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public Task Task => _completion.Task;

        public void Grant() => _completion.TrySetResult();

        public void Fail(Exception exception) => _completion.TrySetException(exception);

        public void Cancel(CancellationToken token)
        {
            // Only a waiter still queued is cancelled; one already granted keeps its permit.
            if (bucket.TryRemove(this))
            {
                _completion.TrySetCanceled(token);
            }
        }
    }
}
