using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Zoom.Connector.Authentication;

/// <summary>
/// A durable <see cref="IZoomAuthorizationStateStore"/> for one instance (<c>UseLocalStore(path)</c>): each pending
/// sign-in is one file in a folder only the process owner can read (<c>0700</c> folder, <c>0600</c> files on Unix),
/// its identity, PKCE verifier and redirect URI encrypted with Data Protection, so a restart between starting and
/// completing a sign-in loses nothing and no verifier is ever on disk in clear. File names hold only hashes (of the
/// identity and of the state), an order number and the expiry. A state is taken by renaming its file (atomic, so it
/// is used at most once even across processes) and then remembered as used until <see cref="Retention"/> past its
/// expiry; at most <see cref="IZoomAuthorizationStateStore.MaxPendingPerIdentity"/> are kept per identity.
/// </summary>
public sealed class ZoomFileAuthorizationStateStore : IZoomAuthorizationStateStore
{
    /// <summary>The Data Protection purpose of pending sign-ins (the Redis store uses the same).</summary>
    public const string Purpose = "Zoom.Connector.SignIn.v1";

    /// <summary>How long past its expiry a state is remembered (to tell reuse from an unknown state): 10 minutes.</summary>
    public static readonly TimeSpan Retention = InMemoryZoomAuthorizationStateStore.Retention;

    private const string PendingSuffix = ".pending";
    private const string UsedSuffix = ".used";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    private readonly string _folder;
    private readonly IDataProtector _protector;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private long _lastOrder;

    /// <summary>Creates the store over <paramref name="folder"/> (created owner-only when missing).</summary>
    /// <param name="folder">The folder that keeps pending sign-ins.</param>
    /// <param name="protection">Encrypts them (every process sharing the folder must share the key ring).</param>
    /// <param name="time">The clock that expires them.</param>
    public ZoomFileAuthorizationStateStore(string folder, IDataProtectionProvider protection, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(time);
        _folder = Path.GetFullPath(folder);
        _protector = protection.CreateProtector(Purpose);
        _time = time;
        ZoomOwnerOnlyFiles.CreateFolder(_folder);
    }

    /// <summary>The folder that keeps pending sign-ins.</summary>
    public string Folder => _folder;

    /// <inheritdoc />
    public void Add(string state, ZoomPendingAuthorization pending)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        ArgumentNullException.ThrowIfNull(pending);
        var now = _time.GetUtcNow();
        if (pending.ExpiresAt <= now)
        {
            return;
        }

        // Each part base64-encoded: no separator inside an identity key can shift the fields.
        var payload = _protector.Protect(Encoding.UTF8.GetBytes(string.Join('.',
            Part(pending.IdentityKey), Part(pending.CodeVerifier), Part(pending.RedirectUri),
            pending.ExpiresAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))));
        var identity = Hash(pending.IdentityKey);
        UnderLock(() =>
        {
            Purge(now);
            var open = Directory.EnumerateFiles(_folder, identity + ".*" + PendingSuffix)
                .Select(static path => (Path: path, Order: OrderOf(path)))
                .OrderBy(static f => f.Order)
                .ToList();
            for (var i = 0; i <= open.Count - IZoomAuthorizationStateStore.MaxPendingPerIdentity; i++)
            {
                File.Delete(open[i].Path);
            }

            var name = string.Join('.', identity, NextOrder(now).ToString("D19", CultureInfo.InvariantCulture),
                pending.ExpiresAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), Hash(state)) + PendingSuffix;
            ZoomOwnerOnlyFiles.WriteAtomically(Path.Combine(_folder, name), payload);
        });
    }

    /// <inheritdoc />
    public async ValueTask<ZoomPendingAuthorization?> TakeAsync(string state, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        var stateHash = Hash(state);
        var usedMarker = Path.Combine(_folder, stateHash + UsedSuffix);
        foreach (var path in Directory.EnumerateFiles(_folder, "*." + stateHash + PendingSuffix))
        {
            // The rename is the single use: of two takers (threads or processes) only one moves the file.
            var claimed = path + "." + Guid.NewGuid().ToString("N") + ".taking";
            try
            {
                File.Move(path, claimed);
            }
            catch (FileNotFoundException)
            {
                break;
            }

            try
            {
                await File.WriteAllTextAsync(usedMarker, ExpiryOf(path).ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(usedMarker, ZoomOwnerOnlyFiles.Mode);
                }

                return Decode(await File.ReadAllBytesAsync(claimed, cancellationToken).ConfigureAwait(false));
            }
            finally
            {
                File.Delete(claimed);
            }
        }

        if (File.Exists(usedMarker))
        {
            throw new ZoomAuthorizationStateException(ZoomAuthorizationStateProblem.Reused,
                "The OAuth callback's state has already been used; states are single-use, so the sign-in is refused. Start the sign-in again.");
        }

        return null;
    }

    private ZoomPendingAuthorization Decode(byte[] protectedBytes)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(protectedBytes)).Split('.');
        }
        catch (CryptographicException ex)
        {
            throw new ZoomAuthenticationException(
                $"A pending sign-in in {_folder} cannot be decrypted ({ex.GetType().Name}): the Data Protection key ring changed since the sign-in started (see docs/fleet.md). Start the sign-in again.",
                ex);
        }

        return new ZoomPendingAuthorization(Unpart(parts[0]), Unpart(parts[1]), Unpart(parts[2]),
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture)));
    }

    /// <summary>Deletes pending sign-ins and used markers well past their expiry (and takes left by a crash).</summary>
    private void Purge(DateTimeOffset now)
    {
        var horizon = (now - Retention).ToUnixTimeMilliseconds();
        foreach (var path in Directory.EnumerateFiles(_folder))
        {
            var name = Path.GetFileName(path);
            long expiry;
            if (name.EndsWith(PendingSuffix, StringComparison.Ordinal) || name.EndsWith(".taking", StringComparison.Ordinal))
            {
                expiry = ExpiryOf(path);
            }
            else if (name.EndsWith(UsedSuffix, StringComparison.Ordinal))
            {
                expiry = long.TryParse(ReadText(path), NumberStyles.None, CultureInfo.InvariantCulture, out var e) ? e : long.MinValue;
            }
            else
            {
                continue;
            }

            if (expiry < horizon)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Order numbers grow within a process and across restarts (they start from the clock).</summary>
    private long NextOrder(DateTimeOffset now)
    {
        lock (_gate)
        {
            _lastOrder = Math.Max(_lastOrder + 1, now.UtcTicks);
            return _lastOrder;
        }
    }

    // Names: {identity hash}.{order}.{expiry ms}.{state hash}.pending[.{guid}.taking]
    private static long OrderOf(string path) => Field(path, 1);

    private static long ExpiryOf(string path) => Field(path, 2);

    private static long Field(string path, int index)
    {
        var fields = Path.GetFileName(path).Split('.');
        return fields.Length > index && long.TryParse(fields[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : long.MinValue;
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);

    private static string Part(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Unpart(string part) => Encoding.UTF8.GetString(Convert.FromBase64String(part));

    /// <summary>One writer at a time: in this process by a lock, across processes by an exclusive lock file.</summary>
    private void UnderLock(Action action)
    {
        lock (_gate)
        {
            using (ZoomOwnerOnlyFiles.HoldLock(Path.Combine(_folder, "lock"), LockTimeout))
            {
                action();
            }
        }
    }
}
