using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;
using Zoom.Connector.Sync;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Sync;

/// <summary>The connector with sync registered through the real DI, MockHttp answering from a <see cref="FakeZoomAccount"/>.</summary>
public sealed class SyncTestHost : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private SyncTestHost(ZoomTestHost host, FakeZoomAccount account, IZoomSyncSink sink, FakeTimeProvider time)
    {
        Host = host;
        Account = account;
        Sink = sink;
        Time = time;
    }

    public ZoomTestHost Host { get; }

    public FakeZoomAccount Account { get; }

    public IZoomSyncSink Sink { get; }

    public InMemoryZoomSyncSink Memory => (InMemoryZoomSyncSink)Sink;

    public FakeTimeProvider Time { get; }

    internal IZoomSyncEngine Engine => Host.Get<IZoomSyncEngine>();

    public IZoomSyncTrigger Trigger => Host.Get<IZoomSyncTrigger>();

    public static SyncTestHost Create(FakeZoomAccount? account = null, IZoomSyncSink? sink = null, Action<ZoomSyncOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        account ??= FakeZoomAccount.Seeded();
        sink ??= new InMemoryZoomSyncSink();
        var time = new FakeTimeProvider(Now);
        var host = ZoomTestHost.Create(services: collection =>
        {
            collection.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
            collection.AddZoomConnector()
                .AddSync(o =>
                {
                    o.MaxDegreeOfParallelism = 4;
                    configure?.Invoke(o);
                })
                .AddSyncSink(sink);
            services?.Invoke(collection);
        });
        host.Mock.When("*").Respond(account.HandleAsync);
        return new SyncTestHost(host, account, sink, time);
    }

    public void Dispose() => Host.Dispose();
}
