using System.Text;
using System.Text.Json;
using NUnit.Framework;
using Zoom.Connector.Models;
using Zoom.Connector.Tests.Infrastructure;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.Tests.Webhooks;

[TestFixture]
public sealed class WebhookEventTests
{
    private static ZoomWebhookEvent ParseFixture(string name) => ZoomWebhookEvent.Parse(Encoding.UTF8.GetBytes(Fixtures.Read("Webhooks/" + name)));

    [Test]
    public void Parse_MeetingCreated_ReadsEnvelopeAndTypedMeeting()
    {
        var e = ParseFixture("meeting-created.json");
        var meeting = e.GetMeeting();

        Assert.That(e.Event, Is.EqualTo(ZoomWebhookEventNames.MeetingCreated));
        Assert.That(e.EventTs, Is.EqualTo(new DateTimeOffset(2026, 12, 2, 12, 0, 0, 123, TimeSpan.Zero)));
        Assert.That(e.EventTsMilliseconds, Is.EqualTo(1796212800123));
        Assert.That(e.AccountId, Is.EqualTo("acct-W3bh00k"));
        Assert.That(e.Operator, Is.EqualTo("planner@example.org"));
        Assert.That(e.OperatorId, Is.EqualTo("op-7781"));
        Assert.That(e.Operation, Is.EqualTo("single"));
        Assert.That(e.ObjectId, Is.EqualTo("93811122233"));
        Assert.That(e.PayloadObject!.Value.GetProperty("topic").GetString(), Is.EqualTo("Budget planning"));
        Assert.That(meeting, Is.Not.Null);
        Assert.That(meeting!.Id, Is.EqualTo(93811122233L));
        Assert.That(meeting.Type, Is.EqualTo(MeetingType.Scheduled));
        Assert.That(meeting.StartTime, Is.EqualTo(new DateTimeOffset(2026, 12, 3, 14, 30, 0, TimeSpan.Zero)));
        Assert.That(meeting.Timezone, Is.EqualTo("Europe/Berlin"));
        Assert.That(e.GetRecording(), Is.Null);
        Assert.That(e.IsUrlValidation, Is.False);
    }

    [Test]
    public void Parse_RecordingCompleted_ReadsFilesAndDownloadTokenButToStringHidesSecrets()
    {
        var e = ParseFixture("recording-completed.json");
        var recording = e.GetRecording();

        Assert.That(e.DownloadToken, Is.EqualTo("dl-tok-SECRET-9f8e7d6c5b4a"));
        Assert.That(recording, Is.Not.Null);
        Assert.That(recording!.Uuid, Is.EqualTo("Zx8/Lm2+Pq4Rs6Tu8Vw0Yg=="));
        Assert.That(recording.RecordingFiles!.Select(f => f.FileType), Is.EqualTo(new[] { "MP4", "M4A" }));
        Assert.That(recording.RecordingFiles![0].DownloadUrl, Is.EqualTo("https://example.zoom.us/rec/download/file-mp4-1"));
        Assert.That(e.GetMeeting(), Is.Null);
        Assert.That(e.ToString(), Does.Contain("recording.completed"));
        Assert.That(e.ToString(), Does.Not.Contain("dl-tok-SECRET"));
        Assert.That(e.ToString(), Does.Not.Contain("play-SECRET"));
        Assert.That(e.ToString(), Does.Not.Contain("rec-Pa55"));
        Assert.That(recording.ToString(), Does.Not.Contain("play-SECRET"));
    }

    [Test]
    public void Parse_UnknownEventWithStringTimestamp_ParsesWithRawObject()
    {
        var e = ParseFixture("unknown-event.json");

        Assert.That(e.Event, Is.EqualTo("whiteboard.shared_widget_rotated"));
        Assert.That(e.EventTsMilliseconds, Is.EqualTo(1796212800999));
        Assert.That(e.ObjectId, Is.EqualTo("wb-42"));
        Assert.That(e.PayloadObject!.Value.GetProperty("nested").GetProperty("deep").GetArrayLength(), Is.EqualTo(3));
        Assert.That(e.Payload.GetProperty("brand_new_field").GetBoolean(), Is.True);
        Assert.That(e.GetMeeting(), Is.Null);
        Assert.That(e.GetRecording(), Is.Null);
    }

    [Test]
    public void Parse_UrlValidation_ReadsPlainToken()
    {
        var e = ZoomWebhookEvent.Parse("""{"event":"endpoint.url_validation","event_ts":1796212800000,"payload":{"plainToken":"pt-abc"}}"""u8);

        Assert.That(e.IsUrlValidation, Is.True);
        Assert.That(e.PlainToken, Is.EqualTo("pt-abc"));
        Assert.That(e.ToString(), Does.Not.Contain("pt-abc"));
        Assert.That(e.PayloadObject, Is.Null);
    }

    [TestCase("not json", "body")]
    [TestCase("[1,2]", "body")]
    [TestCase("""{"event_ts":1}""", "event")]
    [TestCase("""{"event":"","event_ts":1}""", "event")]
    [TestCase("""{"event":"meeting.created"}""", "event_ts")]
    [TestCase("""{"event":"meeting.created","event_ts":"yesterday"}""", "event_ts")]
    [TestCase("""{"event":"meeting.created","event_ts":1,"payload":"x"}""", "payload")]
    public void Parse_BadEnvelope_ThrowsNamingTheField(string json, string field)
    {
        var ex = Assert.Throws<ZoomWebhookFormatException>(() => ZoomWebhookEvent.Parse(Encoding.UTF8.GetBytes(json)))!;

        Assert.That(ex.Field, Is.EqualTo(field));
    }

    [Test]
    public void GetMeeting_ObjectOfWrongShape_ThrowsNamingTheField()
    {
        var e = ZoomWebhookEvent.Parse("""{"event":"meeting.updated","event_ts":1,"payload":{"object":{"id":"not-a-number-SECRET"}}}"""u8);

        var ex = Assert.Throws<ZoomWebhookFormatException>(() => e.GetMeeting())!;

        Assert.That(ex.Field, Is.EqualTo("payload.object"));
        Assert.That(ex.Message, Does.Not.Contain("SECRET"));
    }

    [Test]
    public void GetOldMeeting_MeetingUpdated_ReadsPreviousValues()
    {
        var e = ZoomWebhookEvent.Parse("""{"event":"meeting.updated","event_ts":1,"payload":{"object":{"id":5,"topic":"New"},"old_object":{"id":5,"topic":"Old"}}}"""u8);

        Assert.That(e.GetMeeting()!.Topic, Is.EqualTo("New"));
        Assert.That(e.GetOldMeeting()!.Topic, Is.EqualTo("Old"));
    }

    [Test]
    public void DeduplicationKey_CombinesEventTimestampAndBodyHash()
    {
        var e = ParseFixture("meeting-created.json");

        Assert.That(e.DeduplicationKey, Is.EqualTo("meeting.created|1796212800123|" + e.BodyHash));
        Assert.That(e.BodyHash, Has.Length.EqualTo(64));
        Assert.That(e.Payload.ValueKind, Is.EqualTo(JsonValueKind.Object));
    }
}
