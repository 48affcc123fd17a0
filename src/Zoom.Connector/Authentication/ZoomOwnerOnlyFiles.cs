namespace Zoom.Connector.Authentication;

/// <summary>The file rules the local stores share: owner-only files and one cross-process writer via a lock file.</summary>
internal static class ZoomOwnerOnlyFiles
{
    /// <summary>Read and write for the process owner only (0600 on Unix).</summary>
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    // Another process's write of one small file is over in a few milliseconds.
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(20);

    /// <summary>A folder only the process owner may list or enter (0700 on Unix).</summary>
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="folder"/> when missing and makes it owner-only (the mode where the OS has one).</summary>
    public static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, FolderMode);
            File.SetUnixFileMode(folder, FolderMode);
        }
    }

    /// <summary>Options for a file nobody but the owner may read (the mode applies where the OS has one).</summary>
    public static FileStreamOptions Options(FileMode mode, FileAccess access)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = Mode;
        }

        return options;
    }

    /// <summary>
    /// Holds <paramref name="lockPath"/> exclusively (an advisory lock across processes) until the returned stream is
    /// disposed, trying again every 20 ms while another process holds it; after <paramref name="timeout"/> the holder's
    /// IOException stands. Blocking on purpose: it serves synchronous store methods (starting a sign-in builds its URL
    /// synchronously), and the wait is one other writer's file write.
    /// </summary>
    public static FileStream HoldLock(string lockPath, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        FileStream? held;
        while ((held = TryLock(lockPath, deadline)) is null)
        {
            Thread.Sleep(RetryDelay);
        }

        return held;
    }

    /// <summary>The asynchronous <see cref="HoldLock(string, TimeSpan)"/>: waits without blocking a thread.</summary>
    public static async Task<FileStream> HoldLockAsync(string lockPath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        FileStream? held;
        while ((held = TryLock(lockPath, deadline)) is null)
        {
            await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
        }

        return held;
    }

    /// <summary>Opens the lock file, or <see langword="null"/> while another process holds it and the deadline has not passed.</summary>
    private static FileStream? TryLock(string lockPath, DateTimeOffset deadline)
    {
        try
        {
            return new FileStream(lockPath, Options(FileMode.OpenOrCreate, FileAccess.ReadWrite));
        }
        catch (IOException) when (DateTimeOffset.UtcNow < deadline)
        {
            return null;
        }
    }

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="content"/> in one step: an owner-only temporary file, flushed
    /// to disk, then renamed over it, so a reader sees the old content or the new, never a torn file.
    /// </summary>
    public static void WriteAtomically(string path, byte[] content)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = Options(FileMode.CreateNew, FileAccess.Write);

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            // Only left behind when the write or the rename failed.
            File.Delete(temporary);
        }
    }

    /// <summary>The asynchronous <see cref="WriteAtomically(string, byte[])"/>.</summary>
    public static async Task WriteAtomicallyAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = Options(FileMode.CreateNew, FileAccess.Write);

        try
        {
            var stream = new FileStream(temporary, options);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            // Only left behind when the write or the rename failed.
            File.Delete(temporary);
        }
    }
}
