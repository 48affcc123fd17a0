using System.Net;

namespace Zoom.Connector.Testing;

/// <summary>The kinds of fault a test can inject.</summary>
public enum EmulatorFaultKind
{
    /// <summary>Answer with a 5xx status without applying the request.</summary>
    ServerError,
    /// <summary>Wait (on the emulator's <see cref="TimeProvider"/>) before handling the request normally.</summary>
    Delay,
    /// <summary>Throw <see cref="HttpRequestException"/> before the request is applied: nothing changes.</summary>
    DropBeforeApplying,
    /// <summary>Apply the request, then throw <see cref="HttpRequestException"/>: the change happened but the caller never hears of it.</summary>
    DropAfterApplying,
}

/// <summary>
/// Fault injection: each rule hits the next <c>times</c> requests that match its predicate, then retires.
/// Rules are checked in the order they were added; one request triggers at most one rule. Thread-safe.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly List<Rule> _rules = [];
    private readonly Lock _gate = new();

    internal EmulatorFaults()
    {
    }

    /// <summary>The next <paramref name="times"/> matching requests get <paramref name="status"/> (default 503) with a Zoom-style body.</summary>
    /// <param name="match">Which requests; <see langword="null"/> matches every request.</param>
    /// <param name="times">How many requests to hit. Default 1.</param>
    /// <param name="status">A 5xx status. Default 503.</param>
    public EmulatorFaults ServerError(Func<HttpRequestMessage, bool>? match = null, int times = 1, HttpStatusCode status = HttpStatusCode.ServiceUnavailable)
    {
        if ((int)status is < 500 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A server error fault needs a 5xx status.");
        }

        return Add(new Rule(EmulatorFaultKind.ServerError, match, times, TimeSpan.Zero, status));
    }

    /// <summary>The next <paramref name="times"/> matching requests wait <paramref name="delay"/> on the emulator's clock first.</summary>
    /// <param name="delay">How long to wait (advance a fake time provider to release the request).</param>
    /// <param name="match">Which requests; <see langword="null"/> matches every request.</param>
    /// <param name="times">How many requests to hit. Default 1.</param>
    public EmulatorFaults Delay(TimeSpan delay, Func<HttpRequestMessage, bool>? match = null, int times = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return Add(new Rule(EmulatorFaultKind.Delay, match, times, delay, 0));
    }

    /// <summary>The next <paramref name="times"/> matching requests fail with <see cref="HttpRequestException"/> and change nothing.</summary>
    /// <param name="match">Which requests; <see langword="null"/> matches every request.</param>
    /// <param name="times">How many requests to hit. Default 1.</param>
    public EmulatorFaults DropBeforeApplying(Func<HttpRequestMessage, bool>? match = null, int times = 1)
        => Add(new Rule(EmulatorFaultKind.DropBeforeApplying, match, times, TimeSpan.Zero, 0));

    /// <summary>
    /// The next <paramref name="times"/> matching requests are applied (a meeting is created, a user deleted ...) and then
    /// fail with <see cref="HttpRequestException"/>, as when a connection drops before the response arrives.
    /// </summary>
    /// <param name="match">Which requests; <see langword="null"/> matches every request.</param>
    /// <param name="times">How many requests to hit. Default 1.</param>
    public EmulatorFaults DropAfterApplying(Func<HttpRequestMessage, bool>? match = null, int times = 1)
        => Add(new Rule(EmulatorFaultKind.DropAfterApplying, match, times, TimeSpan.Zero, 0));

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>How many requests the remaining rules will still hit.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _rules.Sum(r => r.Remaining);
            }
        }
    }

    /// <summary>A predicate for requests with this method whose path (after <c>/v2</c>) starts with <paramref name="pathPrefix"/>.</summary>
    /// <param name="method">The HTTP method, e.g. <see cref="HttpMethod.Post"/>.</param>
    /// <param name="pathPrefix">E.g. <c>/users/me/meetings</c> or <c>/oauth/token</c>.</param>
    public static Func<HttpRequestMessage, bool> Matching(HttpMethod method, string pathPrefix)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrEmpty(pathPrefix);
        return request =>
        {
            if (request.Method != method || request.RequestUri is null)
            {
                return false;
            }

            var path = request.RequestUri.AbsolutePath;
            var v2 = path.IndexOf("/v2/", StringComparison.Ordinal);
            if (v2 >= 0)
            {
                path = path[(v2 + 3)..];
            }

            return path.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase);
        };
    }

    private EmulatorFaults Add(Rule rule)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rule.Remaining, 1, "times");
        lock (_gate)
        {
            _rules.Add(rule);
        }

        return this;
    }

    internal Rule? Take(HttpRequestMessage request)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (rule.Match is not null && !rule.Match(request))
                {
                    continue;
                }

                rule.Remaining--;
                if (rule.Remaining == 0)
                {
                    _rules.RemoveAt(i);
                }

                return rule;
            }

            return null;
        }
    }

    internal sealed class Rule(EmulatorFaultKind kind, Func<HttpRequestMessage, bool>? match, int times, TimeSpan delay, HttpStatusCode status)
    {
        public EmulatorFaultKind Kind { get; } = kind;

        public Func<HttpRequestMessage, bool>? Match { get; } = match;

        public int Remaining { get; set; } = times;

        public TimeSpan Delay { get; } = delay;

        public HttpStatusCode Status { get; } = status;
    }
}
