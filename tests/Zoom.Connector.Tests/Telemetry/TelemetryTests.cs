using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;
using Zoom.Connector.Telemetry;
using Zoom.Connector.Testing;

namespace Zoom.Connector.Tests.Telemetry;

/// <summary>
/// docs/telemetry.md against the code: the documented instruments are exactly the ones the code creates, and a
/// create-meeting call seen through OpenTelemetry's in-memory exporter shows the documented metrics and span, with
/// documented tags only and no id of a person, meeting or token among their values.
/// </summary>
[TestFixture]
public sealed partial class TelemetryTests
{
    [Test]
    public void DocumentedInstruments_EqualWhatTheCodeCreates()
    {
        var documented = TelemetryDoc.Load().Metrics;
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddZoomConnector(o => o.Service.AccessToken = "t").AddSync().AddSyncSink(new InMemoryZoomSyncSink());
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IMeterFactory>();
        var created = new List<(string Name, string Instrument, string? Unit)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == ZoomConnectorDiagnostics.MeterName)
                {
                    lock (created)
                    {
                        created.Add((instrument.Name, Kind(instrument), instrument.Unit));
                    }
                }
            },
        };
        listener.Start();

        // The two classes that create instruments, as DI builds them.
        _ = provider.GetRequiredService<ZoomConnectorTelemetry>();
        _ = provider.GetRequiredService<ZoomSyncMetrics>();

        Assert.Multiple(() =>
        {
            Assert.That(created.Select(c => $"{c.Name} {c.Instrument} {c.Unit}"),
                Is.EquivalentTo(documented.Select(d => $"{d.Name} {d.Instrument} {d.Unit}")), "docs/telemetry.md, section Metrics");
            Assert.That(InstrumentNamesInSource(), Is.EquivalentTo(documented.Select(d => d.Name)),
                "every Create*<T>(name, ...) call in src/ is documented (and a class creating new instruments is resolved above)");
        });
    }

    [Test]
    public async Task CreateMeeting_WithTheDocumentedOneLiner_ShowsTheDocumentedMetricsAndSpanWithoutIdsOrTokens()
    {
        var doc = TelemetryDoc.Load();
        var metrics = new List<MetricSnapshot>();
        var spans = new List<Activity>();
        var services = new ServiceCollection();
        services.AddOpenTelemetry()
            .WithMetrics(m => m.AddMeter("Zoom.Connector").AddInMemoryExporter(metrics))
            .WithTracing(t => t.AddSource("Zoom.Connector").AddInMemoryExporter(spans));
        services.AddZoomConnector()
            .AddRateLimiting(o => o.PermitsPerWindow = 10_000)
            .UseZoomEmulator(o =>
            {
                o.UserCount = 3;
                o.UseServerToServerCredentials = true;
            });
        await using var provider = services.BuildServiceProvider();
        var meterProvider = provider.GetRequiredService<MeterProvider>();
        var tracerProvider = provider.GetRequiredService<TracerProvider>();
        var emulator = provider.GetRequiredService<ZoomEmulator>();
        var host = emulator.Users.First(u => u.Id is not null && u.Status == UserStatus.Active && u.Id != emulator.AdminUserId);

        // The activity source is process-wide and other tests call Zoom in parallel: this call's span is the one in this trace.
        // Recorded, so OpenTelemetry's default parent-based sampler keeps the child span.
        using var testTrace = new Activity("TelemetryTests") { ActivityTraceFlags = ActivityTraceFlags.Recorded }.Start();
        var meeting = await provider.GetRequiredService<IZoomMeetingsApi>().CreateMeetingAsync(host.Email!, new MeetingCreateRequest
        {
            Topic = "Telemetry review",
            Type = MeetingType.Scheduled,
            StartTime = DateTime.UtcNow.Date.AddDays(2).AddHours(9),
            Duration = 30,
            Timezone = "UTC",
            Password = "pw4711",
        });
        var token = await provider.GetRequiredKeyedService<IZoomAccessTokenProvider>(ZoomIdentityKeys.Service).GetAccessTokenAsync(forceRefresh: false);
        meterProvider.ForceFlush();
        tracerProvider.ForceFlush();

        var seenMetrics = metrics.Where(m => m.MetricPoints.Count > 0).GroupBy(m => m.Name).ToDictionary(
            g => g.Key, g => g.SelectMany(m => m.MetricPoints).SelectMany(Tags).ToList());
        testTrace.Stop();
        var span = spans.Single(s => s.Source.Name == ZoomConnectorDiagnostics.ActivitySourceName && s.TraceId == testTrace.TraceId);
        var spanTags = span.TagObjects.Select(t => new KeyValuePair<string, string>(t.Key, Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)).ToList();
        string[] forbidden = [host.Id!, host.Email!, token.Value, emulator.ClientSecret, meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "pw4711"];
        var allValues = seenMetrics.Values.SelectMany(t => t).Concat(spanTags).Select(t => t.Value).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(seenMetrics.Keys, Is.SupersetOf(new[] { "zoom.connector.requests", "zoom.connector.request.duration", "zoom.connector.limiter.wait" }));
            foreach (var (name, tags) in seenMetrics)
            {
                var entry = doc.Metrics.SingleOrDefault(m => m.Name == name);
                Assert.That(entry, Is.Not.Null, $"{name} is documented");
                Assert.That(tags.Select(t => t.Key).Distinct(), Is.SubsetOf(entry?.Tags ?? []), $"the tags of {name} are documented");
            }

            Assert.That(seenMetrics["zoom.connector.requests"], Does.Contain(new KeyValuePair<string, string>("zoom.operation", "meetingCreate"))
                .And.Contain(new KeyValuePair<string, string>("http.response.status_code", "201")));
            Assert.That(span.DisplayName, Is.EqualTo("Zoom meetingCreate"));
            Assert.That(doc.Spans.Single().Name, Is.EqualTo("Zoom {operationId}"));
            Assert.That(span.Kind, Is.EqualTo(ActivityKind.Client));
            Assert.That(spanTags.Select(t => t.Key), Is.SubsetOf(doc.Spans.Single().Tags));
            Assert.That(spanTags, Does.Contain(new KeyValuePair<string, string>("http.request.method", "POST")));
            foreach (var secret in forbidden)
            {
                Assert.That(allValues.Where(v => v.Contains(secret, StringComparison.OrdinalIgnoreCase)), Is.Empty, "no tag value carries an id, e-mail, passcode or token");
            }
        });
    }

    private static IEnumerable<KeyValuePair<string, string>> Tags(MetricPoint point)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var tag in point.Tags)
        {
            list.Add(new(tag.Key, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
        }

        return list;
    }

    private static string Kind(Instrument instrument)
    {
        var type = instrument.GetType();
        var name = type.IsGenericType ? type.GetGenericTypeDefinition().Name : type.Name;
        return name[..name.IndexOf('`', StringComparison.Ordinal)].ToLowerInvariant();
    }

    /// <summary>The names passed to Create*&lt;T&gt;(...) anywhere in src/ (string literals or ZoomConnectorDiagnostics constants).</summary>
    private static List<string> InstrumentNamesInSource()
    {
        var constants = typeof(ZoomConnectorDiagnostics).GetFields()
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        var names = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TelemetryDoc.RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in CreateInstrument().Matches(File.ReadAllText(file)))
            {
                names.Add(match.Groups["literal"].Success ? match.Groups["literal"].Value : constants[match.Groups["constant"].Value]);
            }
        }

        return names;
    }

    [GeneratedRegex("""\.Create(?:Counter|Histogram|UpDownCounter|Gauge|ObservableCounter|ObservableGauge|ObservableUpDownCounter)<\w+>\(\s*(?:"(?<literal>[^"]+)"|ZoomConnectorDiagnostics\.(?<constant>\w+))""")]
    private static partial Regex CreateInstrument();

    /// <summary>The tables of docs/telemetry.md.</summary>
    private sealed partial record TelemetryDoc(IReadOnlyList<TelemetryDoc.Row> Metrics, IReadOnlyList<TelemetryDoc.Row> Spans)
    {
        public static string RepositoryRoot()
        {
            var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Zoom.Connector.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("Zoom.Connector.sln not found above the test directory.");
        }

        public static TelemetryDoc Load()
        {
            var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "telemetry.md"));
            var metrics = new List<Row>();
            var spans = new List<Row>();
            string? section = null;
            foreach (var line in lines)
            {
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    section = line[3..].Trim();
                    continue;
                }

                if (!line.StartsWith("| `", StringComparison.Ordinal))
                {
                    continue;
                }

                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (section == "Metrics" && cells.Length == 4)
                {
                    metrics.Add(new Row(Code(cells[0])[0], cells[1], Code(cells[2])[0], Code(cells[3])));
                }
                else if (section == "Spans" && cells.Length == 3)
                {
                    spans.Add(new Row(Code(cells[0])[0], cells[1], null, Code(cells[2])));
                }
            }

            return new TelemetryDoc(metrics, spans);
        }

        private static string[] Code(string cell) => [.. InlineCode().Matches(cell).Select(m => m.Groups[1].Value)];

        [GeneratedRegex("`([^`]+)`")]
        private static partial Regex InlineCode();

        /// <summary>A metric (name, instrument, unit, tags) or a span (name, kind, tags).</summary>
        public sealed record Row(string Name, string Instrument, string? Unit, IReadOnlyList<string> Tags);
    }
}
