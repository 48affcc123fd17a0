using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Sync;

/// <summary>
/// A sink that appends one JSON object per line to a file:
/// <c>{"op":"upsert","type":"meeting","id":"…","hash":"…","parent":"…","timestamp":"…","value":{…}}</c> or
/// <c>{"op":"delete","type":"meeting","id":"…"}</c>. Replaying the file gives the current state; what the sink holds is
/// rebuilt from the file when opened (ids and hashes only). The checkpoint lives in a side file
/// (<c>&lt;path&gt;.checkpoint.json</c>) written atomically (temporary file, then <see cref="File.Move(string, string, bool)"/>).
/// Every line is flushed before the call returns, so a killed process loses nothing it was told was written, and the
/// lines are flushed to disk before a checkpoint is saved, so a checkpoint never covers lines a power loss could take.
/// A partial last line (a write torn by a kill, a full disk or a power loss) is cut when the file is opened and reported
/// (<see cref="TruncatedBytes"/>, and a warning through the logger). Both files are created readable and writable by
/// their owner only (0600 on Unix).
/// </summary>
public sealed class JsonLinesZoomSyncSink : IZoomSyncSink, IDisposable
{
    private static readonly string[] TypeNames = ["user", "meeting", "invitation", "recording"];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, ZoomSyncHeldRecord>[] _held =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly ILogger _logger;
    private FileStream? _stream;
    private bool _loaded;
    private bool _unsynced;

    /// <summary>Opens (or creates on first write) the file at <paramref name="path"/>.</summary>
    /// <param name="path">The JSON-lines file.</param>
    public JsonLinesZoomSyncSink(string path)
        : this(path, null)
    {
    }

    /// <summary>Opens (or creates on first write) the file at <paramref name="path"/>, reporting repairs to <paramref name="logger"/>.</summary>
    /// <param name="path">The JSON-lines file.</param>
    /// <param name="logger">Receives a warning when a partial last line is cut on open; null for none.</param>
    public JsonLinesZoomSyncSink(string path, ILogger? logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        CheckpointPath = Path + ".checkpoint.json";
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The JSON-lines file.</summary>
    public string Path { get; }

    /// <summary>The checkpoint side file.</summary>
    public string CheckpointPath { get; }

    /// <summary>
    /// Bytes of a partial last line cut from the file when it was opened (0 when the file ended cleanly). Such a line is
    /// a write that never completed: its record was not reported as written, and the next sync writes it again.
    /// </summary>
    public long TruncatedBytes { get; private set; }

    /// <summary>Test seam: told the path of each file just flushed to disk, in order.</summary>
    internal Action<string>? FlushedToDisk { get; set; }

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <inheritdoc />
    public ValueTask UpsertUserAsync(ZoomSyncRecord<ZoomUser> record, CancellationToken cancellationToken = default)
        => WriteUpsertAsync(ZoomSyncEntityType.User, record, ZoomJsonContext.Default.ZoomUser, cancellationToken);

    /// <inheritdoc />
    public ValueTask UpsertMeetingAsync(ZoomSyncRecord<Meeting> record, CancellationToken cancellationToken = default)
        => WriteUpsertAsync(ZoomSyncEntityType.Meeting, record, ZoomJsonContext.Default.Meeting, cancellationToken);

    /// <inheritdoc />
    public ValueTask UpsertInvitationAsync(ZoomSyncRecord<MeetingInvitation> record, CancellationToken cancellationToken = default)
        => WriteUpsertAsync(ZoomSyncEntityType.Invitation, record, ZoomJsonContext.Default.MeetingInvitation, cancellationToken);

    /// <inheritdoc />
    public ValueTask UpsertRecordingAsync(ZoomSyncRecord<RecordingMeeting> record, CancellationToken cancellationToken = default)
        => WriteUpsertAsync(ZoomSyncEntityType.Recording, record, ZoomJsonContext.Default.RecordingMeeting, cancellationToken);

    /// <inheritdoc />
    public ValueTask DeleteUserAsync(string userId, CancellationToken cancellationToken = default)
        => WriteDeleteAsync(ZoomSyncEntityType.User, userId, cancellationToken);

    /// <inheritdoc />
    public ValueTask DeleteMeetingAsync(long meetingId, CancellationToken cancellationToken = default)
        => WriteDeleteAsync(ZoomSyncEntityType.Meeting, meetingId.ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <inheritdoc />
    public ValueTask DeleteInvitationAsync(long meetingId, CancellationToken cancellationToken = default)
        => WriteDeleteAsync(ZoomSyncEntityType.Invitation, meetingId.ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <inheritdoc />
    public ValueTask DeleteRecordingAsync(string uuid, CancellationToken cancellationToken = default)
        => WriteDeleteAsync(ZoomSyncEntityType.Recording, uuid, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<ZoomSyncHeldRecord?> GetHeldRecordAsync(ZoomSyncEntityType entityType, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
            return _held[(int)entityType].GetValueOrDefault(id);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ZoomSyncHeldRecord> GetHeldAsync(
        ZoomSyncEntityType entityType,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<ZoomSyncHeldRecord> snapshot;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
            snapshot = [.. _held[(int)entityType].Values];
        }
        finally
        {
            _gate.Release();
        }

        foreach (var record in snapshot)
        {
            yield return record;
        }
    }

    /// <inheritdoc />
    public async ValueTask<ZoomSyncCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(CheckpointPath))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(CheckpointPath, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        return new ZoomSyncCheckpoint { Payload = text };
    }

    /// <inheritdoc />
    public async ValueTask SaveCheckpointAsync(ZoomSyncCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        // The lines this checkpoint covers reach the disk before it does: a checkpoint must never claim records a power
        // loss could still take.
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_stream is not null && _unsynced)
            {
                _stream.Flush(flushToDisk: true);
                _unsynced = false;
                FlushedToDisk?.Invoke(Path);
            }
        }
        finally
        {
            _gate.Release();
        }

        var directory = System.IO.Path.GetDirectoryName(CheckpointPath)!;
        Directory.CreateDirectory(directory);
        var temp = CheckpointPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            var stream = new FileStream(temp, CreateOptions(FileMode.CreateNew, FileShare.None, 4096));
            await using (stream.ConfigureAwait(false))
            {
                var bytes = Encoding.UTF8.GetBytes(checkpoint.Payload);
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
                FlushedToDisk?.Invoke(CheckpointPath);
            }

            File.Move(temp, CheckpointPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stream?.Dispose();
        _stream = null;
        _gate.Dispose();
    }

    private async ValueTask WriteUpsertAsync<T>(ZoomSyncEntityType type, ZoomSyncRecord<T> record, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("op", "upsert");
            writer.WriteString("type", TypeNames[(int)type]);
            writer.WriteString("id", record.Id);
            writer.WriteString("hash", record.Hash);
            if (record.ParentId is not null)
            {
                writer.WriteString("parent", record.ParentId);
            }

            if (record.Timestamp is { } timestamp)
            {
                writer.WriteString("timestamp", timestamp);
            }

            writer.WritePropertyName("value");
            JsonSerializer.Serialize(writer, record.Value, typeInfo);
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        await AppendAsync(buffer.ToArray(), type, record.Id, new ZoomSyncHeldRecord(record.Id, record.Hash, record.ParentId, record.Timestamp), cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask WriteDeleteAsync(ZoomSyncEntityType type, string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("op", "delete");
            writer.WriteString("type", TypeNames[(int)type]);
            writer.WriteString("id", id);
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        await AppendAsync(buffer.ToArray(), type, id, null, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask AppendAsync(byte[] line, ZoomSyncEntityType type, string id, ZoomSyncHeldRecord? held, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
            if (_stream is null)
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                _stream = new FileStream(Path, CreateOptions(FileMode.Append, FileShare.Read, 64 * 1024));
            }

            // Not cancellable between write and flush: a half-written line would corrupt the file.
            await _stream.WriteAsync(line, CancellationToken.None).ConfigureAwait(false);
            await _stream.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            _unsynced = true;
            if (held is null)
            {
                _held[(int)type].Remove(id);
            }
            else
            {
                _held[(int)type][id] = held;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async ValueTask EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        if (File.Exists(Path))
        {
            RestrictToOwner(Path);
            CutPartialLastLine();
            using var reader = new StreamReader(Path, Encoding.UTF8);
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                number++;
                if (line.Length == 0)
                {
                    continue;
                }

                ReadLine(line, number);
            }
        }

        _loaded = true;
    }

    /// <summary>
    /// A line is written with its newline in one write, so a file not ending in a newline ends in a write that never
    /// completed (or in the zeros a power loss can leave). Cut it, so the records before it stay readable.
    /// </summary>
    private void CutPartialLastLine()
    {
        using var file = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        var length = file.Length;
        if (length == 0)
        {
            return;
        }

        var buffer = new byte[64 * 1024];
        var end = length;
        while (end > 0)
        {
            var start = Math.Max(0, end - buffer.Length);
            var count = (int)(end - start);
            file.Position = start;
            file.ReadExactly(buffer, 0, count);
            var newline = Array.LastIndexOf(buffer, (byte)'\n', count - 1, count);
            if (newline >= 0)
            {
                end = start + newline + 1;
                break;
            }

            end = start;
        }

        if (end == length)
        {
            return;
        }

        TruncatedBytes = length - end;
        file.SetLength(end);
        file.Flush(flushToDisk: true);
        JsonLinesSinkLog.PartialLineCut(_logger, Path, TruncatedBytes, end);
    }

    /// <summary>Files written by earlier versions were readable by everyone (0644): tighten them to their owner.</summary>
    private static void RestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }

    /// <summary>Write access; a file created is readable and writable by its owner only (on Windows it takes the folder's rules).</summary>
    private static FileStreamOptions CreateOptions(FileMode mode, FileShare share, int bufferSize)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = share, BufferSize = bufferSize, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        return options;
    }

    private void ReadLine(string line, int number)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Sync file '{Path}' line {number} is not valid JSON.", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            var typeName = root.TryGetProperty("type", out var t) ? t.GetString() : null;
            var type = Array.IndexOf(TypeNames, typeName);
            var id = root.TryGetProperty("id", out var i) ? i.GetString() : null;
            var op = root.TryGetProperty("op", out var o) ? o.GetString() : null;
            if (type < 0 || string.IsNullOrEmpty(id) || (op != "upsert" && op != "delete"))
            {
                throw new InvalidDataException($"Sync file '{Path}' line {number} lacks a known 'op', 'type' or 'id'.");
            }

            if (op == "delete")
            {
                _held[type].Remove(id);
                return;
            }

            var hash = root.TryGetProperty("hash", out var h) ? h.GetString() ?? string.Empty : string.Empty;
            var parent = root.TryGetProperty("parent", out var p) ? p.GetString() : null;
            DateTimeOffset? timestamp = root.TryGetProperty("timestamp", out var ts) ? ts.GetDateTimeOffset() : null;
            _held[type][id] = new ZoomSyncHeldRecord(id, hash, parent, timestamp);
        }
    }
}

internal static partial class JsonLinesSinkLog
{
    [LoggerMessage(EventId = 7014, Level = LogLevel.Warning, Message = "Zoom sync file {Path} ended in a partial line ({Bytes} bytes after offset {Offset}), left by an interrupted write; it was cut and the next sync writes that record again")]
    public static partial void PartialLineCut(ILogger logger, string path, long bytes, long offset);
}
