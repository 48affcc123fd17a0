namespace Zoom.Connector.Http;

/// <summary>
/// A response body that cannot be read past a limit: every reader (Refit, a handler, <c>LoadIntoBufferAsync</c>) gets
/// a stream that pulls at most <c>limit + 1</c> bytes from the network and throws
/// <see cref="ZoomResponseTooLargeException"/> (from <see cref="ZoomErrorMapper"/>) as soon as that one byte past the
/// limit arrives. Nothing is buffered here; the body still streams.
/// </summary>
internal sealed class ZoomLimitedContent : HttpContent
{
    private readonly HttpResponseMessage _response;
    private readonly HttpContent _inner;
    private readonly long _limit;
    private readonly string? _configurationKey;

    /// <summary>Bytes handed to readers so far, across every stream opened on this body: a second reader cannot start over.</summary>
    private long _read;

    private ZoomLimitedContent(HttpResponseMessage response, long limit, string? configurationKey)
    {
        _response = response;
        _inner = response.Content;
        _limit = limit;
        _configurationKey = configurationKey;

        // The declared length is read before copying: a computed length (a buffered body) is not in the raw headers.
        // Content-Type is handed over parsed, so no reader parses it again; anything else (rare) as it came.
        var declared = _inner.Headers.ContentLength;
        Headers.ContentType = _inner.Headers.ContentType;
        foreach (var header in _inner.Headers.NonValidated)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string>)header.Value);
            }
        }

        Headers.ContentLength = declared;
    }

    /// <summary>
    /// Replaces <paramref name="response"/>'s body with one that no reader can pull past <paramref name="limit"/>; the
    /// original body is disposed with it.
    /// </summary>
    /// <param name="response">The response whose body is bounded (it also names the request in the exception).</param>
    /// <param name="limit">The most bytes a reader may receive.</param>
    /// <param name="configurationKey">The key that sets the limit, named in the exception.</param>
    public static void Wrap(HttpResponseMessage response, long limit, string? configurationKey)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Content = new ZoomLimitedContent(response, limit, configurationKey);
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

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
    {
        var opening = _inner.ReadAsStreamAsync(cancellationToken);
        return opening.IsCompletedSuccessfully ? Task.FromResult<Stream>(new LimitedStream(opening.Result, this)) : OpenAsync(opening);
    }

    private async Task<Stream> OpenAsync(Task<Stream> opening) => new LimitedStream(await opening.ConfigureAwait(false), this);

    private ZoomResponseTooLargeException TooLarge() => ZoomErrorMapper.CreateResponseTooLarge(_response, _limit, _configurationKey);

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
    private sealed class LimitedStream(Stream inner, ZoomLimitedContent body) : ZoomReadOnlyStream(inner)
    {
        public override long Position { get => body._read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
            => Count(buffer.IsEmpty ? 0 : Inner.Read(buffer[..Allowed(buffer.Length)]));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => Count(buffer.IsEmpty ? 0 : await Inner.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken).ConfigureAwait(false));

        /// <summary>How much of a reader's buffer to fill: never more than one byte past the limit.</summary>
        private int Allowed(int wanted)
        {
            if (body._read > body._limit)
            {
                throw body.TooLarge();
            }

            return (int)Math.Min(wanted, body._limit + 1 - body._read);
        }

        private int Count(int read)
        {
            body._read += read;
            if (body._read > body._limit)
            {
                throw body.TooLarge();
            }

            return read;
        }
    }
}
