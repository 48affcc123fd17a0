using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Scheduling;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Scheduling;

/// <summary>The connector through its real DI registration, a fake clock, a recording change listener and canned Zoom answers.</summary>
internal sealed class SchedulingTestHost : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<CapturedRequest> _requests = [];

    private SchedulingTestHost(IMeetingChangeListener? extraListener)
    {
        Time = new FakeTimeProvider(Now);
        Host = ZoomTestHost.Create(services: services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<IMeetingChangeListener>(Listener);
            if (extraListener is not null)
            {
                services.AddSingleton(extraListener);
            }
        });
    }

    public ZoomTestHost Host { get; }

    public FakeTimeProvider Time { get; }

    public RecordingListener Listener { get; } = new();

    public IReadOnlyList<CapturedRequest> Requests => _requests;

    public IZoomMeetingScheduler Scheduler => Host.Get<IZoomMeetingScheduler>();

    public static SchedulingTestHost Create(IMeetingChangeListener? extraListener = null) => new(extraListener);

    /// <summary>Answers <paramref name="method"/> on <paramref name="path"/> (any query) with a fixture from Fixtures/Scheduling.</summary>
    public SchedulingTestHost Answer(HttpMethod method, string path, string? fixture, HttpStatusCode status = HttpStatusCode.OK)
    {
        Host.Mock.When(method, ZoomTestHost.BaseUrl + path).Respond(async request =>
        {
            var captured = await CapturedRequest.FromAsync(request);
            lock (_requests)
            {
                _requests.Add(captured);
            }

            var response = new HttpResponseMessage(status);
            if (fixture is not null)
            {
                response.Content = new StringContent(Fixtures.Read("Scheduling/" + fixture), Encoding.UTF8, "application/json");
            }

            return response;
        });
        return this;
    }

    public CapturedRequest Single(HttpMethod method, string pathPrefix)
    {
        var matches = _requests.Where(r => r.Method == method && r.PathAndQuery.StartsWith("/v2/" + pathPrefix, StringComparison.Ordinal)).ToArray();
        Assert.That(matches, Has.Length.EqualTo(1), $"expected one {method} /v2/{pathPrefix}");
        return matches[0];
    }

    public static Meeting ReadMeeting(string fixture)
        => System.Text.Json.JsonSerializer.Deserialize(Fixtures.Read("Scheduling/" + fixture), Zoom.Connector.Serialization.ZoomJsonContext.Default.Meeting)!;

    public void Dispose() => Host.Dispose();
}

/// <summary>Records every change it is told about, after yielding, so a scheduler that did not await it would be caught.</summary>
internal sealed class RecordingListener : IMeetingChangeListener
{
    public List<Meeting> Upserted { get; } = [];

    public List<(long MeetingId, string? OccurrenceId)> Deleted { get; } = [];

    public async ValueTask OnMeetingUpsertedAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        Upserted.Add(meeting);
    }

    public async ValueTask OnMeetingDeletedAsync(long meetingId, string? occurrenceId, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        Deleted.Add((meetingId, occurrenceId));
    }
}

/// <summary>A listener whose store is down.</summary>
internal sealed class FailingListener : IMeetingChangeListener
{
    public ValueTask OnMeetingUpsertedAsync(Meeting meeting, CancellationToken cancellationToken = default)
        => ValueTask.FromException(new InvalidOperationException("sink unavailable"));

    public ValueTask OnMeetingDeletedAsync(long meetingId, string? occurrenceId, CancellationToken cancellationToken = default)
        => ValueTask.FromException(new InvalidOperationException("sink unavailable"));
}

/// <summary>Stands for another identity's client: counts creates and forwards every call to the real pipeline.</summary>
public class CountingMeetingsApi : System.Reflection.DispatchProxy
{
    private IZoomMeetingsApi _inner = null!;

    public int Creates { get; private set; }

    public IZoomMeetingsApi Api => (IZoomMeetingsApi)(object)this;

    public static CountingMeetingsApi Wrap(IZoomMeetingsApi inner)
    {
        var proxy = (CountingMeetingsApi)(object)Create<IZoomMeetingsApi, CountingMeetingsApi>();
        proxy._inner = inner;
        return proxy;
    }

    protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name == nameof(IZoomMeetingsApi.CreateMeetingAsync))
        {
            Creates++;
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}

/// <summary>A client no call may reach: any method throws.</summary>
public class UnreachableClient : System.Reflection.DispatchProxy
{
    public static T Create<T>() => Create<T, UnreachableClient>();

    protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args)
        => throw new AssertionException($"{targetMethod?.DeclaringType?.Name}.{targetMethod?.Name} must not be called.");
}
