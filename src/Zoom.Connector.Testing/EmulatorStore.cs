using System.Text.Json;

namespace Zoom.Connector.Testing;

/// <summary>
/// The emulator's data folder: <c>state.json</c> (replaced atomically: written to a temporary file, then moved over the
/// old one, owner-only permissions) and <c>state.lock</c>, held exclusively around every load-modify-save so processes
/// sharing the folder take turns.
/// </summary>
internal sealed class EmulatorStore
{
    /// <summary>How long a process waits for another one to finish its change before giving up.</summary>
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    private const string ResetHint = "To start over with a freshly generated account, run the sample with --reset (or its reset command), start zoom-emulator with --reset, or delete the file.";

    public EmulatorStore(string dataPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataPath);
        Folder = Path.GetFullPath(dataPath);
        StatePath = Path.Combine(Folder, "state.json");
        LockPath = Path.Combine(Folder, "state.lock");
    }

    public string Folder { get; }

    public string StatePath { get; }

    public string LockPath { get; }

    /// <summary>
    /// The save counter of the file on disk, read from its first bytes (<c>format_version</c> and <c>version</c> are
    /// written first), or <see langword="null"/> when there is no file. Cheap enough for every request, and exact where
    /// write times are too coarse to tell two quick saves apart. An unreadable head gives -1, which forces a full load
    /// (and its clear error).
    /// </summary>
    public long? ReadVersion()
    {
        Span<byte> head = stackalloc byte[128];
        int read;
        try
        {
            using var stream = new FileStream(StatePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        var reader = new Utf8JsonReader(head[..read], isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("version"u8)
                    && reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var version))
                {
                    return version;
                }
            }
        }
        catch (JsonException)
        {
            return -1;
        }

        return -1;
    }

    /// <summary>Takes the folder's lock, waiting while another process holds it.</summary>
    public FileStream Lock()
    {
        CreateFolder();
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock on Unix): it excludes other processes and other
                // emulator instances in this process alike.
                return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Another holder: wait for it to finish its change (milliseconds: one load-modify-save).
                Thread.Sleep(15);
            }
            catch (IOException exception)
            {
                throw new ZoomEmulatorStateException(StatePath, $"The emulator's data folder '{Folder}' stayed locked by another process for {LockTimeout.TotalSeconds:0} seconds ('{LockPath}'). Stop the other process, or delete the lock file if none is running.", exception);
            }
        }
    }

    /// <summary>Reads the state file, or <see langword="null"/> when there is none yet.</summary>
    public EmulatorSnapshot? Load()
    {
        if (!File.Exists(StatePath))
        {
            return null;
        }

        EmulatorSnapshot? snapshot;
        try
        {
            using var stream = new FileStream(StatePath, FileMode.Open, FileAccess.Read, FileShare.Read);
            var document = JsonDocument.Parse(stream);
            var format = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("format_version", out var formatElement)
                && formatElement.TryGetInt32(out var value) ? value : 0;
            if (format > EmulatorSnapshot.CurrentFormat)
            {
                throw new ZoomEmulatorStateException(StatePath, $"The emulator's state file '{StatePath}' was written by a newer version (format {format}; this version reads format {EmulatorSnapshot.CurrentFormat}). Update Zoom.Connector.Testing, or start over. {ResetHint}");
            }

            if (format < 1)
            {
                throw new ZoomEmulatorStateException(StatePath, $"The emulator's state file '{StatePath}' is not an emulator state file (no format_version). {ResetHint}");
            }

            snapshot = document.RootElement.Deserialize(EmulatorSnapshotContext.Default.EmulatorSnapshot);
        }
        catch (JsonException exception)
        {
            throw new ZoomEmulatorStateException(StatePath, $"The emulator's state file '{StatePath}' is corrupt (invalid JSON at line {exception.LineNumber + 1}). {ResetHint}", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new ZoomEmulatorStateException(StatePath, $"The emulator's state file '{StatePath}' cannot be read: access denied. Fix its permissions or choose another data folder.", exception);
        }

        return snapshot ?? throw new ZoomEmulatorStateException(StatePath, $"The emulator's state file '{StatePath}' is empty. {ResetHint}");
    }

    /// <summary>Replaces the state file atomically; the caller holds the lock.</summary>
    public void Save(EmulatorSnapshot snapshot)
    {
        CreateFolder();
        var temp = Path.Combine(Folder, $"state.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // it holds tokens and secrets
            }

            using (var stream = new FileStream(temp, options))
            {
                JsonSerializer.Serialize(stream, snapshot, EmulatorSnapshotContext.Default.EmulatorSnapshot);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, StatePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Deletes the state file under the lock, so the next start generates a fresh account.</summary>
    public void Delete()
    {
        using var held = Lock();
        if (File.Exists(StatePath))
        {
            File.Delete(StatePath);
        }
    }

    private void CreateFolder()
    {
        if (Directory.Exists(Folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Folder);
        }
        else
        {
            Directory.CreateDirectory(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
