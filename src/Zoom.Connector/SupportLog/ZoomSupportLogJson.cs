using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zoom.Connector.SupportLog;

/// <summary>Source-generated JSON for support-log records (camelCase, nulls left out).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ZoomSupportLogEntry))]
internal sealed partial class ZoomSupportLogJsonContext : JsonSerializerContext;

/// <summary>Exports support-log records as JSON lines (one record per line, UTF-8).</summary>
public static class ZoomSupportLogExport
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>Writes <paramref name="entries"/> to <paramref name="destination"/> as JSON lines.</summary>
    /// <param name="entries">The records, e.g. from <see cref="IZoomSupportLogStore.QueryAsync"/>.</param>
    /// <param name="destination">The stream written to (left open).</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The number of records written.</returns>
    public static async Task<int> WriteJsonLinesAsync(IAsyncEnumerable<ZoomSupportLogEntry> entries, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(destination);
        var count = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await destination.WriteAsync(Serialize(entry), cancellationToken).ConfigureAwait(false);
            await destination.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
            count++;
        }

        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Reads JSON lines written by <see cref="WriteJsonLinesAsync"/>; lines that are not a record are skipped.</summary>
    /// <param name="source">The stream read from (left open).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async IAsyncEnumerable<ZoomSupportLogEntry> ReadJsonLinesAsync(Stream source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var reader = new StreamReader(source, leaveOpen: true);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (TryParse(line) is { } entry)
            {
                yield return entry;
            }
        }
    }

    /// <summary>One record as one line of JSON (no line break): the export format of every store.</summary>
    /// <param name="entry">The record.</param>
    public static string ToJsonLine(ZoomSupportLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return JsonSerializer.Serialize(entry, ZoomSupportLogJsonContext.Default.ZoomSupportLogEntry);
    }

    /// <summary>Reads one line written by <see cref="ToJsonLine"/>; <see langword="null"/> when it is not a record.</summary>
    /// <param name="line">The line.</param>
    public static ZoomSupportLogEntry? ParseJsonLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return TryParse(line);
    }

    internal static byte[] Serialize(ZoomSupportLogEntry entry)
        => JsonSerializer.SerializeToUtf8Bytes(entry, ZoomSupportLogJsonContext.Default.ZoomSupportLogEntry);

    internal static ZoomSupportLogEntry? TryParse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(line, ZoomSupportLogJsonContext.Default.ZoomSupportLogEntry);
        }
        catch (JsonException)
        {
            // A line torn by a crash mid-write (or edited by hand) is not a record; the others still are.
            return null;
        }
    }
}
