using System.Net;
using System.Net.Http.Headers;

namespace Zoom.Connector.Downloads;

/// <summary>
/// Downloads cloud recording files (<c>download_url</c> of a recording file, transcript or participant audio file)
/// as a stream. Sends <c>Authorization: Bearer</c>, follows redirects itself (automatic redirects are off) and keeps
/// sending the token only while each hop is still a trusted Zoom host (or <c>Zoom:BaseUrl</c>'s host) over HTTPS, or
/// over plain HTTP to a loopback host as <c>Zoom:BaseUrl</c> allows: once a redirect leaves them, the token is never
/// sent again in that download.
/// </summary>
public interface IZoomRecordingDownloader
{
    /// <summary>
    /// Opens a download with the service identity's access token (keyed <c>ZoomIdentityKeys.Service</c>). On a 401
    /// the token is renewed once and the download restarts from <paramref name="downloadUrl"/>.
    /// </summary>
    /// <param name="downloadUrl">The file's <c>download_url</c>.</param>
    /// <param name="cancellationToken">Cancels the request and the body read.</param>
    /// <returns>The open download; dispose it to release the connection.</returns>
    Task<ZoomRecordingDownload> OpenAsync(Uri downloadUrl, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a download with an explicit token: the <c>download_token</c> of a <c>recording.completed</c> webhook or
    /// the <c>download_access_token</c> of <c>GET /meetings/{meetingId}/recordings</c>.
    /// </summary>
    /// <param name="downloadUrl">The file's <c>download_url</c>.</param>
    /// <param name="downloadToken">The bearer token. A secret: never logged.</param>
    /// <param name="cancellationToken">Cancels the request and the body read.</param>
    /// <returns>The open download; dispose it to release the connection.</returns>
    Task<ZoomRecordingDownload> OpenAsync(Uri downloadUrl, string downloadToken, CancellationToken cancellationToken = default);
}

/// <summary>An open recording download. The body is streamed from the network; dispose to release the connection.</summary>
public sealed class ZoomRecordingDownload : IDisposable, IAsyncDisposable
{
    private readonly HttpResponseMessage _response;

    internal ZoomRecordingDownload(HttpResponseMessage response, Stream content, Uri finalUri, int redirects)
    {
        _response = response;
        Content = content;
        FinalUri = finalUri;
        Redirects = redirects;
    }

    /// <summary>The file's bytes, read from the network as they arrive.</summary>
    public Stream Content { get; }

    /// <summary>The URL the file was finally served from (after redirects).</summary>
    public Uri FinalUri { get; }

    /// <summary>How many redirects were followed.</summary>
    public int Redirects { get; }

    /// <summary>The final status code.</summary>
    public HttpStatusCode StatusCode => _response.StatusCode;

    /// <summary>The size in bytes when the server sent it.</summary>
    public long? ContentLength => _response.Content.Headers.ContentLength;

    /// <summary>The media type when the server sent it, e.g. <c>video/mp4</c>.</summary>
    public MediaTypeHeaderValue? ContentType => _response.Content.Headers.ContentType;

    /// <summary>The file name from <c>Content-Disposition</c>, when the server sent one.</summary>
    public string? FileName => _response.Content.Headers.ContentDisposition is { } disposition
        ? (disposition.FileNameStar ?? disposition.FileName)?.Trim('"')
        : null;

    /// <summary>Copies the whole file to <paramref name="destination"/>.</summary>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    public Task CopyToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return Content.CopyToAsync(destination, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _response.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _response.Dispose();
    }

    /// <summary>Prints the host and size, never the URL's query (which may carry a token).</summary>
    public override string ToString() => $"ZoomRecordingDownload {{ Host = {FinalUri.Host}, Status = {(int)StatusCode}, ContentLength = {ContentLength}, Redirects = {Redirects} }}";
}
