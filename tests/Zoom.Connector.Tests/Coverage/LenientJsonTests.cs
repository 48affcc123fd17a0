using System.Text.Json;
using NUnit.Framework;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Tests.Coverage;

/// <summary>Values Zoom adds later, or sends in another JSON type, never break deserialization.</summary>
public sealed class LenientJsonTests
{
    [Test]
    public void Deserialize_UnknownEnumValueAndUnknownFields_ReadsKnownFields()
    {
        const string json = """
            {"id": "QalIoKWLTJehBJ8e1xRrbQ", "status": "archived_in_2030", "poll_type": 7, "title": "Lunch",
             "a_field_zoom_added_later": {"nested": [1, 2]},
             "questions": [{"name": "Pizza?", "type": "hologram_choice", "answers": ["yes", "no"]}]}
            """;

        var poll = JsonSerializer.Deserialize(json, ZoomJsonContext.Default.MeetingPoll)!;

        Assert.That(poll.Id, Is.EqualTo("QalIoKWLTJehBJ8e1xRrbQ"));
        Assert.That(poll.Status, Is.EqualTo(MeetingPollStatus.Unknown));
        Assert.That(poll.PollType, Is.EqualTo(7));
        Assert.That(poll.Questions![0].Type, Is.EqualTo(MeetingPollQuestionType.Unknown));
        Assert.That(poll.Questions[0].Answers, Is.EqualTo(new[] { "yes", "no" }));
    }

    [Test]
    public void Deserialize_IdsAndNumbersSentAsTheOtherType_AreRead()
    {
        const string json = """{"id": 987654321, "size": "7221", "is_default": true, "name": "bg.png", "type": "image"}""";

        var uploaded = JsonSerializer.Deserialize(json, ZoomJsonContext.Default.UserVirtualBackgroundUploaded)!;

        Assert.That(uploaded.Id, Is.EqualTo("987654321"));
        Assert.That(uploaded.Size, Is.EqualTo(7221));
    }

    [Test]
    public void Deserialize_RegistrantIdAsNumberAndPinAsString_AreRead()
    {
        const string json = """{"registrants": [{"registrant_id": 12345, "email": "ana@example.com", "participant_pin_code": "380925"}]}""";

        var result = JsonSerializer.Deserialize(json, ZoomJsonContext.Default.MeetingRegistrantBatchResult)!;

        Assert.That(result.Registrants![0].RegistrantId, Is.EqualTo("12345"));
        Assert.That(result.Registrants[0].ParticipantPinCode, Is.EqualTo(380925L), "an int64 sent as a string is read");
    }

    [TestCase("781924", 781924L)]
    [TestCase("781924.0", 781924L)]
    [TestCase("7.81924e5", 781924L)]
    [TestCase("\"781924\"", 781924L)]
    [TestCase("null", null)]
    public void Deserialize_FileSizeAsAnyJsonNumber_ReadsInt64(string raw, long? expected)
    {
        var json = "{\"file_size\": " + raw + ", \"file_type\": \"MP4\"}";

        var file = JsonSerializer.Deserialize(json, ZoomJsonContext.Default.RecordingMeeting.Options.GetTypeInfo(typeof(RecordingFile)));

        Assert.That(((RecordingFile)file!).FileSize, Is.EqualTo(expected));
    }

    [Test]
    public void Deserialize_FileSizeNotANumber_ThrowsNamingTheValue()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            """{"file_size": "big"}""",
            ZoomJsonContext.Default.RecordingMeeting.Options.GetTypeInfo(typeof(RecordingFile))));

        Assert.That(error!.Message, Does.Contain("big"));
    }
}
