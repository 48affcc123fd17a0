using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Testing.Tests;

/// <summary>One of the connector's operations and whether the emulator serves it.</summary>
internal sealed record EmulatedOperation(string Method, string PathTemplate, string OperationId, bool Served, int Status);

/// <summary>
/// Which of the connector's operations (its operation catalog, Zoom's 101 user, meeting and recording operations) the
/// emulator serves, found by asking it: each operation is sent to a fresh emulator with real ids filled in, and an
/// operation counts as served unless the emulator answers its generic 404 / 405 (or takes a literal path segment for an
/// id, which is the same thing). docs/emulator.md's coverage table is checked against this.
/// </summary>
internal static class EmulatorCoverage
{
    public static async Task<IReadOnlyList<EmulatedOperation>> ProbeAsync()
    {
        var results = new List<EmulatedOperation>();
        foreach (var operation in ZoomOperationCatalog.All)
        {
            var emulator = new ZoomEmulator(new ZoomEmulatorOptions { UserCount = 3, MeetingsPerUser = 3, RecordingsPerUser = 1 });
            var recording = emulator.Recordings.First(r => r.HostId == emulator.AdminUserId);
            var meetingId = emulator.Meetings.First(m => m.HostId == emulator.AdminUserId && m.Id != recording.Id).Id;
            var path = string.Join('/', operation.Segments.Select(segment => segment switch
            {
                "{userId}" => "me",
                "{meetingId}" when operation.PathTemplate.Contains("/recordings", StringComparison.Ordinal) || operation.PathTemplate.EndsWith("/transcript", StringComparison.Ordinal) => recording.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "{meetingId}" when operation.PathTemplate.StartsWith("/past_meetings", StringComparison.Ordinal) => recording.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "{meetingId}" => meetingId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "{meetingUUID}" => Uri.EscapeDataString(Uri.EscapeDataString(recording.Uuid!)),
                "{recordingId}" => recording.RecordingFiles![0].Id!,
                _ when segment.StartsWith('{') => "probe",
                _ => segment,
            }));
            using var client = new HttpClient(emulator.CreateHandler());
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), "https://api.zoom.us/v2/" + path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.AdminAccessToken);
            if (operation.Method is not ("GET" or "DELETE"))
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            results.Add(new EmulatedOperation(operation.Method, operation.PathTemplate, operation.OperationId, IsServed(operation, response.StatusCode, body), (int)response.StatusCode));
        }

        return results;
    }

    private static bool IsServed(ZoomOperation operation, HttpStatusCode status, string body)
    {
        if (status == HttpStatusCode.MethodNotAllowed)
        {
            return false;
        }

        if (status != HttpStatusCode.NotFound)
        {
            return true;
        }

        var error = JsonNode.Parse(body) as JsonObject;
        var code = error?["code"]?.GetValue<int>();
        var message = error?["message"]?.GetValue<string>() ?? string.Empty;
        var literals = operation.Segments.Skip(1).Where(s => !s.StartsWith('{') && s != "me");
        return code != 404 && !literals.Any(l => message.Contains(l, StringComparison.Ordinal));
    }
}
