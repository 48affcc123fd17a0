using System.Text.Json;
using NUnit.Framework;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Tests.Models;

/// <summary>
/// Timestamps the spec types as plain strings (no <c>format: date-time</c>) accept any text: unusual forms are read
/// when they name an instant, anything else reads as null, and the raw text is always kept.
/// </summary>
public sealed class LenientTimestampTests
{
    // Spec-valid (any string) but unusual values, with the instant each should read as (null: not an instant).
    private static readonly object?[][] Unusual =
    [
        ["\"\"", "", null],
        ["\"   \"", "   ", null],
        ["\"2026-03-01T10:00:00Z\"", "2026-03-01T10:00:00Z", "2026-03-01T10:00:00+00:00"],
        ["\"2026-03-01T10:00:00\"", "2026-03-01T10:00:00", "2026-03-01T10:00:00+00:00"],
        ["\"2026-03-01 10:00:00\"", "2026-03-01 10:00:00", "2026-03-01T10:00:00+00:00"],
        ["\"2026-03-01T10:00:00.1234567+02:00\"", "2026-03-01T10:00:00.1234567+02:00", "2026-03-01T10:00:00.1234567+02:00"],
        ["\"1772359200000\"", "1772359200000", "2026-03-01T10:00:00+00:00"],
        ["1772359200000", "1772359200000", "2026-03-01T10:00:00+00:00"],
        ["\"not recorded yet\"", "not recorded yet", null],
        ["\"2026-02-30T10:00:00Z\"", "2026-02-30T10:00:00Z", null],
    ];

    private static IEnumerable<TestCaseData> RecordingFileCases()
    {
        foreach (var field in new[] { "recording_start", "recording_end", "deleted_time" })
        {
            foreach (var row in Unusual)
            {
                yield return new TestCaseData(field, row[0], row[1], row[2]).SetArgDisplayNames(field, (string)row[0]!);
            }
        }
    }

    private static IEnumerable<TestCaseData> PresenceCases()
        => Unusual.Select(row => new TestCaseData(row[0], row[1], row[2]).SetArgDisplayNames((string)row[0]!));

    [TestCaseSource(nameof(RecordingFileCases))]
    public void RecordingsList_PlainStringTimestamp_ReadsLenientlyAndKeepsRawText(string field, string json, string raw, string? expected)
    {
        var page = "{\"meetings\": [{\"id\": 1, \"recording_files\": [{\"id\": \"f1\", \"" + field + "\": " + json + ", \"file_type\": \"MP4\"}]}]}";

        var list = JsonSerializer.Deserialize(page, ZoomJsonContext.Default.RecordingList)!;
        var file = list.Meetings![0].RecordingFiles![0];

        var (text, value) = field switch
        {
            "recording_start" => (file.RecordingStartText, file.RecordingStart),
            "recording_end" => (file.RecordingEndText, file.RecordingEnd),
            _ => (file.DeletedTimeText, file.DeletedTime),
        };
        Assert.That(file.Id, Is.EqualTo("f1"), "the rest of the file is read");
        Assert.That(text, Is.EqualTo(raw), "the raw text is kept");
        Assert.That(value, Is.EqualTo(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCaseSource(nameof(PresenceCases))]
    public void UserPresence_EndTimeAnyText_ReadsLenientlyAndKeepsRawText(string json, string raw, string? expected)
    {
        var presence = JsonSerializer.Deserialize("{\"status\": \"Away\", \"end_time\": " + json + "}", ZoomJsonContext.Default.UserPresence)!;

        Assert.That(presence.Status, Is.EqualTo(UserPresenceStatus.Away));
        Assert.That(presence.EndTimeText, Is.EqualTo(raw));
        Assert.That(presence.EndTime, Is.EqualTo(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void RecordingFile_UnusualTimestamp_RoundTripsUnchanged()
    {
        const string json = """{"id":"f1","recording_start":"2026-03-01 10:00:00","recording_end":"","deleted_time":"soon"}""";

        var file = JsonSerializer.Deserialize(json, ZoomJsonContext.Default.RecordingFile)!;
        var written = JsonSerializer.Serialize(file, ZoomJsonContext.Default.RecordingFile);

        Assert.That(written, Is.EqualTo(json));
    }

    [Test]
    public void RecordingFile_SetTypedTimestamp_WritesZoomUtcForm()
    {
        var file = new RecordingFile { RecordingStart = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.FromHours(2)) };

        Assert.That(file.RecordingStartText, Is.EqualTo("2026-03-01T10:00:00Z"));
        Assert.That(file with { RecordingStart = null }, Has.Property(nameof(RecordingFile.RecordingStartText)).Null);
    }

    [TestCase("\"\"")]
    [TestCase("null")]
    public void Meeting_EmptyOrNullDateTime_ReadsAsNull(string json)
    {
        var meeting = JsonSerializer.Deserialize("{\"id\": 5, \"start_time\": " + json + ", \"created_at\": " + json + "}", ZoomJsonContext.Default.Meeting)!;

        Assert.That(meeting.Id, Is.EqualTo(5));
        Assert.That(meeting.StartTime, Is.Null);
        Assert.That(meeting.CreatedAt, Is.Null);
    }

    [Test]
    public void Meeting_DateTimeFieldNotADate_FailsNamingTheValue()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"start_time\": \"tomorrow-ish\"}", ZoomJsonContext.Default.Meeting));

        Assert.That(error!.Message, Does.Contain("tomorrow-ish"));
    }
}
