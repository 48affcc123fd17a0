using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zoom.Connector.Authentication;

/// <summary>
/// A durable <see cref="IZoomTokenStore"/> for one instance: one file per identity in a folder only the process owner
/// can read (<c>0700</c> folder, <c>0600</c> files on Unix), each entry encrypted with Data Protection
/// (<see cref="ZoomTokenProtector"/>), so a restart keeps people signed in. Writes are atomic (a temporary file renamed
/// over the old one) and compare-and-swap under a lock file, so two processes sharing the folder never overwrite a
/// newer entry. File names are hashes of the identity keys: no identity text reaches the file system.
/// </summary>
public sealed class ZoomFileTokenStore : IZoomTokenStore, IDisposable
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    private readonly string _folder;
    private readonly ZoomTokenProtector _protector;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates the store over <paramref name="folder"/> (created owner-only when missing).</summary>
    /// <param name="folder">The folder that keeps the tokens.</param>
    /// <param name="protector">Encrypts the entries.</param>
    public ZoomFileTokenStore(string folder, ZoomTokenProtector protector)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(protector);
        _folder = Path.GetFullPath(folder);
        _protector = protector;
        ZoomOwnerOnlyFiles.CreateFolder(_folder);
    }

    /// <summary>The folder that keeps the tokens.</summary>
    public string Folder => _folder;

    /// <inheritdoc />
    public async ValueTask<ZoomStoredToken?> GetAsync(string identityKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        var bytes = await ReadAsync(EntryPath(identityKey), cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : Decode(identityKey, bytes);
    }

    /// <inheritdoc />
    public async ValueTask<ZoomStoredToken?> TrySetAsync(string identityKey, ZoomTokenEntry entry, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        ArgumentNullException.ThrowIfNull(entry);
        var protectedEntry = _protector.Protect(identityKey, entry);
        return await UnderLockAsync(async () =>
        {
            var path = EntryPath(identityKey);
            var current = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
            if ((current is null ? 0 : BinaryPrimitives.ReadInt64LittleEndian(current)) != expectedVersion)
            {
                return null;
            }

            var version = await NextVersionAsync(cancellationToken).ConfigureAwait(false);
            var content = new byte[8 + protectedEntry.Length];
            BinaryPrimitives.WriteInt64LittleEndian(content, version);
            protectedEntry.CopyTo(content, 8);
            await ZoomOwnerOnlyFiles.WriteAtomicallyAsync(path, content, cancellationToken).ConfigureAwait(false);
            return new ZoomStoredToken(entry, version);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryRemoveAsync(string identityKey, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityKey);
        return await UnderLockAsync(async () =>
        {
            var path = EntryPath(identityKey);
            var current = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
            if (current is null || BinaryPrimitives.ReadInt64LittleEndian(current) != expectedVersion)
            {
                return false;
            }

            File.Delete(path);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    private ZoomStoredToken Decode(string identityKey, byte[] bytes)
    {
        if (bytes.Length < 9)
        {
            throw new ZoomAuthenticationException($"The token file of identity '{identityKey}' in {_folder} is truncated; it was kept for inspection. Sign in again after removing it.");
        }

        return new ZoomStoredToken(_protector.Unprotect(identityKey, bytes[8..]), BinaryPrimitives.ReadInt64LittleEndian(bytes));
    }

    private string EntryPath(string identityKey)
        => Path.Combine(_folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identityKey)), 0, 16) + ".token");

    private static async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Versions come from one counter file, so a version is never reused for a key, even after a removal.</summary>
    private async Task<long> NextVersionAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(_folder, "version");
        var text = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) : "0";
        var next = long.Parse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture) + 1;
        await ZoomOwnerOnlyFiles.WriteAtomicallyAsync(path, Encoding.ASCII.GetBytes(next.ToString(CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
        return next;
    }

    /// <summary>One writer at a time: in this process by a semaphore, across processes by an exclusive lock file.</summary>
    private async Task<T> UnderLockAsync<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var held = await ZoomOwnerOnlyFiles.HoldLockAsync(Path.Combine(_folder, "lock"), LockTimeout, cancellationToken).ConfigureAwait(false);
            await using (held.ConfigureAwait(false))
            {
                return await action().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Releases the in-process lock.</summary>
    public void Dispose() => _gate.Dispose();
}
