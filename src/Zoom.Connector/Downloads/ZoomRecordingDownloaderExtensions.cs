using Zoom.Connector.Models;

namespace Zoom.Connector.Downloads;

/// <summary>Opens the download of a recording file model directly.</summary>
public static class ZoomRecordingDownloaderExtensions
{
    /// <summary>Opens <paramref name="file"/>'s <c>download_url</c> with the service identity's token.</summary>
    /// <param name="downloader">The downloader.</param>
    /// <param name="file">A file from <c>recording_files</c>.</param>
    /// <param name="cancellationToken">Cancels the request and the body read.</param>
    public static Task<ZoomRecordingDownload> OpenAsync(this IZoomRecordingDownloader downloader, RecordingFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(downloader);
        return downloader.OpenAsync(DownloadUri(file), cancellationToken);
    }

    /// <summary>Opens <paramref name="file"/>'s <c>download_url</c> with an explicit download token.</summary>
    /// <param name="downloader">The downloader.</param>
    /// <param name="file">A file from <c>recording_files</c>.</param>
    /// <param name="downloadToken">A webhook <c>download_token</c> or a <c>download_access_token</c>. A secret.</param>
    /// <param name="cancellationToken">Cancels the request and the body read.</param>
    public static Task<ZoomRecordingDownload> OpenAsync(this IZoomRecordingDownloader downloader, RecordingFile file, string downloadToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(downloader);
        return downloader.OpenAsync(DownloadUri(file), downloadToken, cancellationToken);
    }

    private static Uri DownloadUri(RecordingFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (string.IsNullOrWhiteSpace(file.DownloadUrl) || !Uri.TryCreate(file.DownloadUrl, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException(
                $"Recording file {file.Id ?? file.FileType} has no absolute download_url (on-premise recordings carry file_path instead).",
                nameof(file));
        }

        return uri;
    }
}
