using System.Net;

namespace Zoom.Connector.Tests.Security;

/// <summary>
/// A response body of <c>length</c> bytes made on demand (a JSON-looking prefix, then filler), counting how many bytes
/// a reader pulled. Not seekable, so it carries no Content-Length unless a test declares one.
/// </summary>
internal sealed class CountingBody(long length, string prefix = "{\"message\":\"") : Stream
{
    private readonly byte[] _prefix = System.Text.Encoding.ASCII.GetBytes(prefix);

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, length - BytesRead);
        for (var i = 0; i < n; i++)
        {
            var at = BytesRead + i;
            buffer[i] = at < _prefix.Length ? _prefix[at] : (byte)'x';
        }

        BytesRead += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public HttpResponseMessage Answer(HttpStatusCode status, long? declaredLength = null)
    {
        var content = new StreamContent(this);
        content.Headers.ContentType = new("application/json");
        if (declaredLength is { } declared)
        {
            content.Headers.ContentLength = declared;
        }

        return new HttpResponseMessage(status) { Content = content };
    }
}

/// <summary>
/// A body that hands out <c>first</c>, then never yields another byte until its read is cancelled: a stalled server.
/// Signals each read that starts waiting, so a test advances the fake clock only once the read is pending.
/// </summary>
internal sealed class StallingBody(byte[] first) : Stream
{
    private bool _sentFirst;

    public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a waiting read was cancelled (the reader tore it down).</summary>
    public TaskCompletionSource ReadCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => 0; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!_sentFirst)
        {
            _sentFirst = true;
            first.CopyTo(buffer);
            return first.Length;
        }

        Waiting.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            ReadCancelled.TrySetResult();
            throw;
        }

        return 0;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("async only");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>Headers arrived, but the body cannot be opened (a reset connection); records its disposal.</summary>
internal sealed class UnreadableContent : HttpContent
{
    public bool Disposed { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => throw new IOException("connection reset");

    protected override Task<Stream> CreateContentReadStreamAsync() => throw new IOException("connection reset");

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => throw new IOException("connection reset");

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
