using System.Security.Cryptography;
using System.Text;

namespace Zoom.Connector.SupportLog;

/// <summary>Turns the identity a request was sent as into the support log's identity kind and pseudonymous key.</summary>
public static class ZoomSupportLogIdentity
{
    /// <summary>The service identity (its key is also <c>service</c>: it is no person).</summary>
    public const string Service = "service";

    /// <summary>A person's identity.</summary>
    public const string User = "user";

    /// <summary>No identity was stamped on the request.</summary>
    public const string None = "none";

    // Fixed default so that records of earlier processes can be found by the same key.
    private static readonly byte[] DefaultHashKey = Encoding.UTF8.GetBytes("Zoom.Connector.SupportLog.IdentityKey.v1");

    /// <summary>
    /// The pseudonymous key a person's records carry: <c>u-</c> and the first 16 bytes of HMAC-SHA256 of their user key,
    /// in hex. Support staff compute it from a user key to query that person's records.
    /// </summary>
    /// <param name="userKey">The person's user key (as given to the per-user client).</param>
    /// <param name="hashKey"><c>Zoom:SupportLog:IdentityHashKey</c>, or <see langword="null"/> for the fixed default.</param>
    public static string KeyOf(string userKey, string? hashKey = null)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        if (string.Equals(userKey, Service, StringComparison.Ordinal))
        {
            return Service;
        }

        var key = hashKey is null ? DefaultHashKey : Encoding.UTF8.GetBytes(hashKey);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(userKey));
        return "u-" + Convert.ToHexStringLower(mac, 0, 16);
    }

    /// <summary>The identity kind of a stamped identity.</summary>
    /// <param name="identity">The stamped identity, or <see langword="null"/>.</param>
    public static string KindOf(string? identity)
        => identity is null ? None : string.Equals(identity, Service, StringComparison.Ordinal) ? Service : User;
}
