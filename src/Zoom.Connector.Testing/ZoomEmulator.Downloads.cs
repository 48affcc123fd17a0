using System.Collections.Specialized;
using System.Net.Http.Headers;
using System.Text;
using Zoom.Connector.Models;

namespace Zoom.Connector.Testing;

public sealed partial class ZoomEmulator
{
    private const string DownloadPrefix = "/rec/download/";
    private const string FilePrefix = "/rec/file/";
    private readonly Dictionary<string, (string HostId, DateTimeOffset ExpiresAt)> _downloadTokens = new(StringComparer.Ordinal);

    /// <summary>The origin of the request being served when it is not Zoom's (a local server), else <see langword="null"/>.</summary>
    private string? _origin;

    private static bool IsZoomHost(Uri uri)
        => uri.Host.Equals("zoom.us", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".zoom.us", StringComparison.OrdinalIgnoreCase);

    /// <summary>A file as the API shows it: its <c>download_url</c> on the host that serves this request.</summary>
    private RecordingFile DownloadView(RecordingFile file)
        => _origin is not null && file.DownloadUrl is { } url && url.StartsWith("https://zoom.us" + DownloadPrefix, StringComparison.Ordinal)
            ? file with { DownloadUrl = _origin + url["https://zoom.us".Length..] }
            : file;

    private string NewDownloadToken(RecordingState state, DateTimeOffset expiresAt)
    {
        var token = "emu_dl_" + NewSecret(40);
        _downloadTokens[token] = (state.HostId, expiresAt);
        return token;
    }

    /// <summary>
    /// Zoom's two download hops: <c>/rec/download/{id}</c> answers 302 to the file's storage URL (on zoom.us that is
    /// <c>ssrweb.zoom.us</c>; on a local server the same origin), which answers the bytes with the stated
    /// <c>file_size</c>. Both hops want the bearer token (an API token of the host or an account-level one, or the
    /// recording's <c>download_access_token</c>), in the <c>Authorization</c> header or as <c>access_token</c>.
    /// </summary>
    private (Reply Reply, string? Identity) HandleDownload(HttpRequestMessage request, Uri uri, string path, NameValueCollection query, DateTimeOffset now)
    {
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head)
        {
            return (MethodNotAllowed(), null);
        }

        var hop = path.StartsWith(DownloadPrefix, StringComparison.OrdinalIgnoreCase) ? 1 : path.StartsWith(FilePrefix, StringComparison.OrdinalIgnoreCase) ? 2 : 0;
        var id = hop switch { 1 => path[DownloadPrefix.Length..], 2 => path[FilePrefix.Length..], _ => string.Empty };
        if (hop == 0 || id.Length == 0 || id.Contains('/', StringComparison.Ordinal))
        {
            return (NotFound(), null);
        }

        var (recording, file) = FindDownload(id);
        if (recording is null || file is null || file.DeletedTime is not null)
        {
            return (Reply.NoRecording(), null);
        }

        var token = request.Headers.Authorization is { Scheme: var scheme, Parameter: { Length: > 0 } bearer } && scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            ? bearer
            : query["access_token"];
        string? identity = null;
        if (token is not null && _downloadTokens.TryGetValue(token, out var download) && download.ExpiresAt > now && download.HostId == recording.HostId)
        {
            identity = recording.HostId;
        }
        else if (token is not null && _accessTokens.TryGetValue(token, out var grant) && grant.ExpiresAt > now && (grant.AccountLevel || grant.UserId == recording.HostId))
        {
            identity = grant.UserId;
        }

        if (identity is null)
        {
            return (Reply.InvalidToken(), null);
        }

        if (hop == 1)
        {
            var storage = IsZoomHost(uri) ? "https://ssrweb.zoom.us" : uri.GetLeftPart(UriPartial.Authority);
            return (Reply.Redirect(new Uri(storage + FilePrefix + id)), identity);
        }

        var size = file.FileSize ?? Encoding.UTF8.GetByteCount(TimelineJson);
        // Named by file id, not topic: a topic is user text and does not belong in a header unchecked.
        var name = $"{file.Id ?? "timeline"}.{(file.FileExtension ?? "bin").ToLowerInvariant()}";
        return (Reply.File(() => FileContent(file, size, name)), identity);
    }

    private const string TimelineJson = "{\"timeline\":[]}";

    private (RecordingState? Recording, RecordingFile? File) FindDownload(string id)
    {
        var suffix = DownloadPrefix + id;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            foreach (var recording in _recordings)
            {
                var file = recording.Files.FirstOrDefault(f => f.DownloadUrl?.EndsWith(suffix, StringComparison.Ordinal) == true);
                if (file is not null)
                {
                    return (recording, file);
                }
            }

            if (_allMaterialized)
            {
                break;
            }

            // A URL seen by another process (shared data folder) may belong to a user not generated here yet.
            EnsureAllContent();
        }

        return (null, null);
    }

    private static HttpContent FileContent(RecordingFile file, long size, string name)
    {
        HttpContent content = file.FileSize is null
            ? new StringContent(TimelineJson, Encoding.UTF8)
            : new StreamContent(new GeneratedFileStream(size, file.Id ?? name));
        content.Headers.ContentLength = size;
        content.Headers.ContentType = new MediaTypeHeaderValue((file.FileExtension ?? string.Empty).ToUpperInvariant() switch
        {
            "MP4" => "video/mp4",
            "M4A" => "audio/mp4",
            "VTT" => "text/vtt",
            "JSON" => "application/json",
            _ => "application/octet-stream",
        });
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = name };
        return content;
    }

    /// <summary>Bytes of the stated size, made as they are read (a recording can be hundreds of megabytes), the same every time.</summary>
    private sealed class GeneratedFileStream(long length, string seed) : Stream
    {
        private readonly byte[] _pattern = Encoding.UTF8.GetBytes($"zoom-emulator recording file {seed}\n");
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException("The generated recording file can only be read forwards.");
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = (int)Math.Min(buffer.Length, length - _position);
            for (var i = 0; i < count; i++)
            {
                buffer[i] = _pattern[(int)((_position + i) % _pattern.Length)];
            }

            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
            // Read-only: nothing to flush.
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("The generated recording file cannot seek.");

        public override void SetLength(long value) => throw new NotSupportedException("The generated recording file is read-only.");

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The generated recording file is read-only.");
    }
}
