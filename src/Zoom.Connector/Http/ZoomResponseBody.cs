using System.Buffers;

namespace Zoom.Connector.Http;

/// <summary>
/// Reads a response body that Zoom (or whoever answers in its place) controls without ever holding more than a
/// limit: at most <c>limit + 1</c> bytes are read, so an endless or huge body costs no more memory than the limit.
/// </summary>
internal static class ZoomResponseBody
{
    /// <summary>The limit for error bodies and OAuth answers: 64 KiB (Zoom's are a few hundred bytes).</summary>
    public const int DefaultLimit = 64 * 1024;

    /// <summary>
    /// The body's bytes, or <see langword="null"/> when it is longer than <paramref name="limit"/> (a declared
    /// <c>Content-Length</c> over the limit is refused without reading anything). The response keeps a buffered copy
    /// of what was read, so every later reader (the support log, the error mapper, Refit) sees the same bytes and the
    /// same verdict without touching the network again.
    /// </summary>
    public static async Task<byte[]?> BufferAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var original = response.Content;
        if (original is BoundedContent bounded)
        {
            // A cut body stays "too long" for every reader, whatever its limit: its end was never read.
            return !bounded.Complete || bounded.Bytes.Length > limit ? null : bounded.Bytes;
        }

        byte[] bytes;
        if (original.Headers.ContentLength is { } declared && declared > limit)
        {
            // Declared too long: nothing is read; later readers see an over-long marker, never the network stream.
            bytes = new byte[limit + 1];
        }
        else
        {
            var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                bytes = await ReadPrefixAsync(stream, limit, cancellationToken).ConfigureAwait(false);
            }
        }

        var replacement = new BoundedContent(bytes, complete: bytes.Length <= limit);
        foreach (var header in original.Headers.NonValidated)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                replacement.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string>)header.Value);
            }
        }

        response.Content = replacement;
        original.Dispose();
        return bytes.Length > limit ? null : bytes;
    }

    /// <summary>At most <paramref name="limit"/> bytes of <paramref name="stream"/>, or <see langword="null"/> when it holds more.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        var bytes = await ReadPrefixAsync(stream, limit, cancellationToken).ConfigureAwait(false);
        return bytes.Length > limit ? null : bytes;
    }

    /// <summary>The stream's bytes up to <c>limit + 1</c>: one byte past the limit alone proves the body is too long.</summary>
    private static async Task<byte[]> ReadPrefixAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit + 1L, 16 * 1024));
        try
        {
            using var body = new MemoryStream();
            while (body.Length <= limit)
            {
                var wanted = (int)Math.Min(buffer.Length, limit + 1L - body.Length);
                var read = await stream.ReadAsync(buffer.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                body.Write(buffer, 0, read);
            }

            return body.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A body already read within a limit (or cut one byte past it, marking it too long).</summary>
    private sealed class BoundedContent(byte[] bytes, bool complete) : ByteArrayContent(bytes)
    {
        public byte[] Bytes { get; } = bytes;

        public bool Complete { get; } = complete;
    }
}
