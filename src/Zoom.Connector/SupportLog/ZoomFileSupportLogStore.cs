using System.Globalization;
using System.Runtime.CompilerServices;

namespace Zoom.Connector.SupportLog;

/// <summary>
/// Keeps support-log records as JSON lines in one file per UTC hour (<c>zoom-support-yyyyMMdd-HH.jsonl</c>) in a folder
/// only the owner may read (0700, files 0600 on Unix). Files whose hour lies wholly before the retention are deleted.
/// Several processes may append to the same folder (each record is one append of one line), so a later process reads
/// what earlier ones wrote.
/// </summary>
public sealed class ZoomFileSupportLogStore : IZoomSupportLogStore
{
    private const string Prefix = "zoom-support-";
    private const string Suffix = ".jsonl";
    private const string HourFormat = "yyyyMMdd-HH";

    private readonly string _directory;
    private readonly TimeSpan _retention;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    /// <summary>Creates the store over <paramref name="directory"/> (created when missing).</summary>
    /// <param name="directory">The folder of the files.</param>
    /// <param name="retention">How long records are kept.</param>
    /// <param name="time">The clock the retention and rotation run on.</param>
    public ZoomFileSupportLogStore(string directory, TimeSpan retention, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        _directory = Path.GetFullPath(directory);
        _retention = retention;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>The folder of the files.</summary>
    public string Directory => _directory;

    /// <inheritdoc />
    public ValueTask AppendAsync(ZoomSupportLogEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var line = ZoomSupportLogExport.Serialize(entry);
        var bytes = new byte[line.Length + 1];
        line.CopyTo(bytes, 0);
        bytes[^1] = (byte)'\n';

        cancellationToken.ThrowIfCancellationRequested();
        // Small synchronous appends under a lock: a record is a few hundred bytes.
        lock (_gate)
        {
            EnsureDirectory();
            SweepIfDue();
            var path = Path.Combine(_directory, FileName(entry.Timestamp));
            var options = new FileStreamOptions
            {
                Mode = FileMode.Append,
                Access = FileAccess.Write,
                Share = FileShare.ReadWrite | FileShare.Delete,
            };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            // One write of one whole line: appends from several processes do not interleave within a record.
            using var stream = new FileStream(path, options);
            stream.Write(bytes);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ZoomSupportLogEntry> QueryAsync(ZoomSupportLogQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!System.IO.Directory.Exists(_directory))
        {
            yield break;
        }

        var cutoff = _time.GetUtcNow() - _retention;
        var from = query.From is { } f && f > cutoff ? f : cutoff;
        var files = System.IO.Directory.EnumerateFiles(_directory, Prefix + "*" + Suffix)
            .Select(path => (Path: path, Hour: HourOf(path)))
            .Where(file => file.Hour is { } hour && hour.AddHours(1) > from && (query.To is not { } to || hour < to))
            .OrderBy(file => file.Hour)
            .ToList();

        foreach (var file in files)
        {
            var entries = new List<ZoomSupportLogEntry>();
            Stream stream;
            try
            {
                stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (FileNotFoundException)
            {
                // Deleted by another process's retention sweep since it was listed: nothing of it is kept anyway.
                continue;
            }

            await using (stream.ConfigureAwait(false))
            {
                await foreach (var entry in ZoomSupportLogExport.ReadJsonLinesAsync(stream, cancellationToken).ConfigureAwait(false))
                {
                    if (entry.Timestamp >= from && query.Matches(entry))
                    {
                        entries.Add(entry);
                    }
                }
            }

            // Within the hour, concurrent writers may have appended slightly out of order.
            foreach (var entry in entries.OrderBy(e => e.Timestamp))
            {
                yield return entry;
            }
        }
    }

    /// <summary>Deletes the files whose hour lies wholly before the retention.</summary>
    public void DeleteExpired()
    {
        if (!System.IO.Directory.Exists(_directory))
        {
            return;
        }

        var cutoff = _time.GetUtcNow() - _retention;
        foreach (var path in System.IO.Directory.EnumerateFiles(_directory, Prefix + "*" + Suffix))
        {
            if (HourOf(path) is { } hour && hour.AddHours(1) <= cutoff)
            {
                File.Delete(path);
            }
        }
    }

    private void SweepIfDue()
    {
        var now = _time.GetUtcNow();
        if (now - _lastSweep < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _lastSweep = now;
        DeleteExpired();
    }

    private void EnsureDirectory()
    {
        if (System.IO.Directory.Exists(_directory))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(_directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(_directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    internal static string FileName(DateTimeOffset timestamp)
        => Prefix + timestamp.UtcDateTime.ToString(HourFormat, CultureInfo.InvariantCulture) + Suffix;

    private static DateTimeOffset? HourOf(string path)
    {
        var name = Path.GetFileName(path);
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var text = name[Prefix.Length..^Suffix.Length];
        return DateTime.TryParseExact(text, HourFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var hour)
            ? new DateTimeOffset(hour, TimeSpan.Zero)
            : null;
    }
}
