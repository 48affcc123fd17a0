namespace Zoom.Connector.Http;

/// <summary>
/// A response body that cannot be read past a limit: every reader (Refit, a handler, <c>LoadIntoBufferAsync</c>) gets
/// a stream that pulls at most <c>limit + 1</c> bytes from the network and throws the exception it was given as soon as
/// that one byte past the limit arrives. Nothing is buffered here; the body still streams.
/// </summary>
internal sealed class ZoomLimitedContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly long _limit;
    private readonly Func<Exception> _tooLarge;

    /// <summary>Bytes handed to readers so far, across every stream opened on this body: a second reader cannot start over.</summary>
    private long _read;

    /// <param name="inner">The body as it came from the wire; disposed with this content.</param>
    /// <param name="limit">The most bytes a reader may receive.</param>
    /// <param name="tooLarge">Creates the exception thrown when the body goes past <paramref name="limit"/>.</param>
    public ZoomLimitedContent(HttpContent inner, long limit, Func<Exception> tooLarge)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(tooLarge);
        _inner = inner;
        _limit = limit;
        _tooLarge = tooLarge;

        // The declared length is read before copying: a computed length (a buffered body) is not in the raw headers.
        var declared = inner.Headers.ContentLength;
        foreach (var header in inner.Headers.NonValidated)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string>)header.Value);
            }
        }

        Headers.ContentLength = declared;
    }

    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
    {
        var source = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override void SerializeToStream(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
    {
        using var source = CreateContentReadStream(cancellationToken);
        source.CopyTo(stream);
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
        => new LimitedStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), this);

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken)
        => new LimitedStream(_inner.ReadAsStream(cancellationToken), this);

    protected override bool TryComputeLength(out long length)
    {
        // The declared length, if any, is already in the headers; an undeclared one is unknown until read.
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Counts what passes; each read asks for no more than one byte past the limit, and that byte throws.</summary>
    private sealed class LimitedStream(Stream inner, ZoomLimitedContent body) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => body._read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
            => Count(buffer.IsEmpty ? 0 : inner.Read(buffer[..Allowed(buffer.Length)]));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => Count(buffer.IsEmpty ? 0 : await inner.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken).ConfigureAwait(false));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        /// <summary>How much of a reader's buffer to fill: never more than one byte past the limit.</summary>
        private int Allowed(int wanted)
        {
            if (body._read > body._limit)
            {
                throw body._tooLarge();
            }

            return (int)Math.Min(wanted, body._limit + 1 - body._read);
        }

        private int Count(int read)
        {
            body._read += read;
            if (body._read > body._limit)
            {
                throw body._tooLarge();
            }

            return read;
        }
    }
}
