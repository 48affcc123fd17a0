namespace Zoom.Connector.Authentication;

/// <summary>The file rules the local stores share: owner-only files and one cross-process writer via a lock file.</summary>
internal static class ZoomOwnerOnlyFiles
{
    /// <summary>Read and write for the process owner only (0600 on Unix).</summary>
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

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
    /// Opens <paramref name="lockPath"/> exclusively (an advisory lock across processes), or <see langword="null"/> while
    /// another process holds it and <paramref name="deadline"/> has not passed; after it, the holder's IOException stands.
    /// </summary>
    public static FileStream? TryLock(string lockPath, DateTimeOffset deadline)
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
}
