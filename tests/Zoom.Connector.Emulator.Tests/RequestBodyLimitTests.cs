using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Zoom.Connector.Emulator.Tests;

/// <summary>The standalone server reads at most 1 MiB of a request body and answers more with a Zoom-shaped 413.</summary>
[TestFixture]
public sealed class RequestBodyLimitTests
{
    private const int OneMiB = 1024 * 1024;
    private RunningEmulatorServer _server = null!;

    [SetUp]
    public async Task SetUp() => _server = await RunningEmulatorServer.StartAsync("--users", "3");

    [TearDown]
    public async Task TearDown() => await _server.DisposeAsync();

    private HttpClient Api()
    {
        var client = _server.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _server.Emulator.AdminAccessToken);
        return client;
    }

    /// <summary>A meeting create whose agenda pads the JSON to <paramref name="length"/> bytes.</summary>
    private static byte[] MeetingJson(int length)
    {
        const string head = """{"topic":"Padded","type":2,"start_time":"2030-01-01T10:00:00Z","agenda":" """;
        const string tail = "\"}";
        return Encoding.ASCII.GetBytes(head + new string('a', length - head.Length - tail.Length) + tail);
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.That(body["code"]!.GetValue<int>(), Is.EqualTo(413));
        Assert.That(body["message"]!.GetValue<string>(), Does.Contain("1048576 bytes"));
    }

    [Test]
    public async Task Post_DeclaredLengthOver1MiB_Answers413JsonAndCreatesNothing()
    {
        using var client = Api();
        var before = _server.Emulator.Meetings.Count;

        using var response = await client.PostAsync("/v2/users/me/meetings", new ByteArrayContent(MeetingJson((2 * OneMiB) + 17)) { Headers = { ContentType = new("application/json") } });

        await AssertTooLargeAsync(response);
        Assert.That(_server.Emulator.Meetings, Has.Count.EqualTo(before));
    }

    [Test]
    public async Task Post_ChunkedBodyGrowingPast1MiB_Answers413Json()
    {
        using var client = Api();
        var before = _server.Emulator.Meetings.Count;
        var content = new StreamContent(new NonSeekable(MeetingJson(2 * OneMiB)));
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync("/v2/users/me/meetings", content);

        Assert.That(content.Headers.ContentLength, Is.Null, "sent chunked, with no declared length");
        await AssertTooLargeAsync(response);
        Assert.That(_server.Emulator.Meetings, Has.Count.EqualTo(before));
    }

    [Test]
    public async Task AdminFaults_ChunkedBodyPast1MiB_Answers413Json()
    {
        using var client = _server.Client();
        var json = Encoding.ASCII.GetBytes("{\"kind\":\"server_error\",\"path\":\"" + new string('p', 2 * OneMiB) + "\"}");

        using var response = await client.PostAsync("/__emulator/faults", new StreamContent(new NonSeekable(json)) { Headers = { ContentType = new("application/json") } });

        await AssertTooLargeAsync(response);
        Assert.That(_server.Emulator.Faults.Pending, Is.Zero);
    }

    [TestCase(false, OneMiB)]
    [TestCase(true, OneMiB - (16 * 1024))]
    public async Task Post_BodyUpTo1MiB_ReachesTheEmulator(bool chunked, int length)
    {
        // Kestrel counts a chunked body with its chunk framing (a few bytes per chunk), so that one stays a little under.
        using var client = Api();
        var json = MeetingJson(length);
        HttpContent content = chunked ? new StreamContent(new NonSeekable(json)) : new ByteArrayContent(json);
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync("/v2/users/me/meetings", content);

        // Read whole and judged by the emulator itself: Zoom's agenda is at most 2,000 characters.
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.That(body["code"]!.GetValue<int>(), Is.EqualTo(300));
        Assert.That(body["errors"]![0]!["field"]!.GetValue<string>(), Is.EqualTo("agenda"));
    }

    /// <summary>A body with no length of its own, so the client sends it chunked.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
