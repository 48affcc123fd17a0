using Microsoft.AspNetCore.Mvc.RazorPages;
using Zoom.Connector.Models;
using Zoom.Connector.Sync;
using Zoom.Connector.WebSample.Hosting;

namespace Zoom.Connector.WebSample.Pages.Recordings;

/// <summary>"Recordings": the signed-in person's cloud recordings as the sync store holds them.</summary>
public sealed class IndexModel(SignedInPerson person, InMemoryZoomSyncSink store) : PageModel
{
    /// <summary>The person's recordings, newest first.</summary>
    public IReadOnlyList<RecordingMeeting> Recordings { get; private set; } = [];

    /// <summary>Reads the store.</summary>
    public void OnGet()
        => Recordings = [.. store.Recordings.Values
            .Where(r => r.ParentId == person.ZoomUserId)
            .Select(r => r.Value)
            .OrderByDescending(r => r.StartTime)];

    /// <summary>A file size in KB, MB or GB.</summary>
    public static string Size(long? bytes) => bytes switch
    {
        null => "",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        < 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        _ => $"{bytes / (1024.0 * 1024 * 1024):0.##} GB",
    };
}
