using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;

namespace Zoom.Connector.Tests.Sync;

/// <summary>
/// A small stateful stand-in for a Zoom account, answering the sync's read operations (users, meetings, meeting,
/// invitation, recordings) with paging, one-month recording windows and injectable errors. Used until the emulator lands.
/// </summary>
public sealed class FakeZoomAccount
{
    private readonly object _gate = new();
    private int _startUrlCounter;

    public List<FakeUser> Users { get; } = [];

    public List<FakeMeeting> Meetings { get; } = [];

    public List<FakeRecording> Recordings { get; } = [];

    /// <summary>Largest page the fake returns (small, so paging is exercised).</summary>
    public int PageSize { get; set; } = 2;

    /// <summary>Errors by "METHOD /path" (path without /v2 and query): HTTP status, Zoom code, message.</summary>
    public ConcurrentDictionary<string, (HttpStatusCode Status, int Code, string Message)> Failures { get; } = new(StringComparer.Ordinal);

    /// <summary>Page tokens that Zoom will call invalid once (as if 15 minutes passed).</summary>
    public ConcurrentDictionary<string, bool> ExpiredTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Expires the next page token issued for this listing path (once).</summary>
    public ConcurrentDictionary<string, bool> ExpireNextTokenOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request as "METHOD /path?query".</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Awaited before each response (to block or cancel a run half-way).</summary>
    public Func<HttpRequestMessage, Task>? BeforeRespond { get; set; }

    public static FakeZoomAccount Seeded(int users = 3, int meetingsPerUser = 3, int recordingsPerUser = 2, DateOnly? today = null)
    {
        var account = new FakeZoomAccount();
        var day = today ?? new DateOnly(2026, 11, 28);
        for (var u = 1; u <= users; u++)
        {
            var user = new FakeUser($"user{u}", $"user{u}@example.com", $"First{u}");
            account.Users.Add(user);
            for (var m = 1; m <= meetingsPerUser; m++)
            {
                account.Meetings.Add(new FakeMeeting(u * 1000L + m, user.Id, $"Topic {u}-{m}", new DateTimeOffset(2026, 12, m, 10, 0, 0, TimeSpan.Zero)));
            }

            for (var r = 1; r <= recordingsPerUser; r++)
            {
                var start = new DateTimeOffset(day.AddDays(-r * 3).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
                account.Recordings.Add(new FakeRecording($"rec-{u}-{r}==", u * 1000L + 500 + r, user.Id, start));
            }
        }

        return account;
    }

    public int Count(string prefix) => Requests.Count(r => r.StartsWith(prefix, StringComparison.Ordinal));

    public async Task<HttpResponseMessage> HandleAsync(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (path.StartsWith("/v2", StringComparison.Ordinal))
        {
            path = path[3..];
        }

        var key = $"{request.Method} {path}";
        Requests.Enqueue(key + request.RequestUri.Query);
        if (BeforeRespond is { } hook)
        {
            await hook(request).ConfigureAwait(false);
        }

        if (Failures.TryGetValue(key, out var failure))
        {
            return Error(failure.Status, failure.Code, failure.Message);
        }

        var query = HttpUtility.ParseQueryString(request.RequestUri.Query);
        var token = query["next_page_token"];
        if (token is not null && ExpiredTokens.TryRemove(token, out _))
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid next page token.");
        }

        var segments = path.Trim('/').Split('/');
        lock (_gate)
        {
            return segments switch
            {
                ["users"] => Page(key + "?" + (query["status"] ?? "active"), "users", Users.Where(u => u.Status == (query["status"] ?? "active")).Select(UserJson).ToList(), token, null),
                ["users", var id, "meetings"] => UserExists(id) ?? Page(key, "meetings", Meetings.Where(m => m.HostId == id).OrderBy(m => m.Id).Select(SummaryJson).ToList(), token, null),
                ["users", var id, "recordings"] => UserExists(id) ?? RecordingsPage(key, id, query, token),
                ["meetings", var id] => Meetings.FirstOrDefault(m => m.Id.ToString(CultureInfo.InvariantCulture) == id) is { } m
                    ? Json(MeetingJson(m)) : Error(HttpStatusCode.NotFound, 3001, "Meeting does not exist."),
                ["meetings", var id, "invitation"] => Meetings.FirstOrDefault(m => m.Id.ToString(CultureInfo.InvariantCulture) == id) is { } m
                    ? Json(new JsonObject { ["invitation"] = $"Join {m.Topic}: https://zoom.us/j/{m.Id}?pwd=enc-secret\r\nMeeting ID: {m.Id}\r\nPasscode: p4ss\r\n+4969000000,,{m.Id}#,,,,*991199# Germany\r\n" }) : Error(HttpStatusCode.NotFound, 3001, "Meeting does not exist."),
                _ => Error(HttpStatusCode.NotFound, 0, $"The fake account does not know {key}."),
            };
        }
    }

    private HttpResponseMessage? UserExists(string id)
        => Users.Any(u => u.Status != "pending" && (u.Id == id || u.Email == id)) ? null : Error(HttpStatusCode.NotFound, 1001, "User does not exist.");

    private HttpResponseMessage RecordingsPage(string key, string userId, System.Collections.Specialized.NameValueCollection query, string? token)
    {
        var from = DateOnly.Parse(query["from"]!, CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(query["to"]!, CultureInfo.InvariantCulture);
        if (to < from || to > from.AddMonths(1))
        {
            return Error(HttpStatusCode.BadRequest, 300, "The date range must be at most one month.");
        }

        var items = Recordings
            .Where(r => r.HostId == userId)
            .Where(r => DateOnly.FromDateTime(r.Start.UtcDateTime) >= from && DateOnly.FromDateTime(r.Start.UtcDateTime) <= to)
            .OrderBy(r => r.Start)
            .Select(RecordingJson)
            .ToList();
        return Page(key + $"?{from:yyyy-MM-dd}", "meetings", items, token, new JsonObject { ["from"] = $"{from:yyyy-MM-dd}", ["to"] = $"{to:yyyy-MM-dd}" });
    }

    private HttpResponseMessage Page(string listing, string property, List<JsonNode> items, string? token, JsonObject? extra)
    {
        var offset = 0;
        if (token is not null)
        {
            var parts = token.Split('|');
            if (parts.Length != 2 || parts[0] != listing || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out offset))
            {
                return Error(HttpStatusCode.BadRequest, 300, "Invalid next page token.");
            }
        }

        var page = items.Skip(offset).Take(PageSize).ToList();
        var next = offset + PageSize < items.Count ? $"{listing}|{offset + PageSize}" : string.Empty;
        if (next.Length > 0 && ExpireNextTokenOf.TryRemove(listing, out _))
        {
            ExpiredTokens[next] = true;
        }

        var body = extra ?? new JsonObject();
        body["page_size"] = PageSize;
        body["total_records"] = items.Count;
        body["next_page_token"] = next;
        body[property] = new JsonArray([.. page]);
        return Json(body);
    }

    private static JsonNode UserJson(FakeUser u) => new JsonObject
    {
        ["id"] = u.Status == "pending" ? null : u.Id,
        ["email"] = u.Email,
        ["first_name"] = u.FirstName,
        ["type"] = 2,
        ["status"] = u.Status,
        ["timezone"] = "Europe/Berlin",
    };

    private static JsonNode SummaryJson(FakeMeeting m) => new JsonObject
    {
        ["id"] = m.Id,
        ["uuid"] = $"uuid-{m.Id}==",
        ["host_id"] = m.HostId,
        ["topic"] = m.Topic,
        ["type"] = 2,
        ["start_time"] = m.Start.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["duration"] = m.Duration,
        ["timezone"] = "Europe/Berlin",
        ["created_at"] = "2026-11-01T08:00:00Z",
        ["join_url"] = $"https://zoom.us/j/{m.Id}",
    };

    private JsonObject MeetingJson(FakeMeeting m)
    {
        var json = (JsonObject)SummaryJson(m);
        json["agenda"] = m.Agenda;
        json["status"] = "waiting";
        // Zoom mints a fresh start_url (with a ZAK) on every read.
        json["start_url"] = $"https://zoom.us/s/{m.Id}?zak=secret-{Interlocked.Increment(ref _startUrlCounter)}";
        json["password"] = "p4ss";
        json["h323_password"] = "h323-secret";
        json["pstn_password"] = "991199";
        json["encrypted_password"] = "enc-secret";
        json["dynamic_host_key"] = "778899";
        json["settings"] = new JsonObject
        {
            ["host_video"] = true,
            ["global_dial_in_numbers"] = new JsonArray(new JsonObject { ["country"] = "DE", ["number"] = "+49 69 0000 0000", ["type"] = "toll" }),
        };
        return json;
    }

    private static JsonNode RecordingJson(FakeRecording r) => new JsonObject
    {
        ["uuid"] = r.Uuid,
        ["id"] = r.MeetingId,
        ["host_id"] = r.HostId,
        ["topic"] = "Recorded",
        ["type"] = 2,
        ["start_time"] = r.Start.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["duration"] = 30,
        ["total_size"] = 1024,
        ["recording_count"] = 1,
        ["share_url"] = $"https://zoom.us/rec/share/{r.MeetingId}?pwd=rec-enc-secret",
        ["password"] = "rec-p4ss",
        ["recording_play_passcode"] = "play-secret",
        ["recording_files"] = new JsonArray(new JsonObject
        {
            ["id"] = $"file-{r.Uuid}",
            ["file_type"] = "MP4",
            ["file_size"] = 1024,
            ["status"] = "completed",
            ["recording_type"] = "active_speaker",
        }),
    };

    private static HttpResponseMessage Json(JsonNode body)
        => new(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Error(HttpStatusCode status, int code, string message)
        => new(status) { Content = new StringContent(new JsonObject { ["code"] = code, ["message"] = message }.ToJsonString(), Encoding.UTF8, "application/json") };
}

public sealed record FakeUser(string Id, string Email, string FirstName)
{
    /// <summary>Zoom's status: <c>active</c>, <c>inactive</c> or <c>pending</c> (listed without an id).</summary>
    public string Status { get; set; } = "active";
}

public sealed class FakeMeeting(long id, string hostId, string topic, DateTimeOffset start)
{
    public long Id { get; } = id;

    public string HostId { get; } = hostId;

    public string Topic { get; set; } = topic;

    public DateTimeOffset Start { get; set; } = start;

    public int Duration { get; set; } = 30;

    public string Agenda { get; set; } = "Agenda";
}

public sealed record FakeRecording(string Uuid, long MeetingId, string HostId, DateTimeOffset Start);
