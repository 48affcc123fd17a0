namespace Zoom.Connector.SupportLog;

/// <summary>Where the support log keeps its records.</summary>
public enum ZoomSupportLogStoreKind
{
    /// <summary>A bounded in-memory ring of <see cref="ZoomSupportLogOptions.MaxEntries"/> records (lost on restart).</summary>
    Memory,

    /// <summary>JSON-lines files in <see cref="ZoomSupportLogOptions.Directory"/>, one per UTC hour, owner-only permissions.</summary>
    File,
}

/// <summary>The support log's options, bound from <c>Zoom:SupportLog</c>.</summary>
public sealed class ZoomSupportLogOptions
{
    /// <summary>The sub-section of the connector's section: <c>SupportLog</c>.</summary>
    public const string SectionName = "SupportLog";

    /// <summary>Whether HTTP attempts and token requests are recorded. Default <see langword="true"/> once <c>AddSupportLog</c> is called.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long records are kept. Default 24 hours.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The most records the in-memory store holds; the oldest go first. Default 10,000.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>The store: <see cref="ZoomSupportLogStoreKind.Memory"/> (default) or <see cref="ZoomSupportLogStoreKind.File"/>.</summary>
    public ZoomSupportLogStoreKind Store { get; set; } = ZoomSupportLogStoreKind.Memory;

    /// <summary>The folder of the file store (required when <see cref="Store"/> is <see cref="ZoomSupportLogStoreKind.File"/>).</summary>
    public string? Directory { get; set; }

    /// <summary>
    /// The key of the HMAC that turns a person's user key into the pseudonymous identity key of a record. Optional: without
    /// it a fixed key is used, which keeps the identity key stable across processes but lets anyone who knows a user key
    /// compute it. Set a secret of at least 16 characters to make identity keys unguessable.
    /// </summary>
    public string? IdentityHashKey { get; set; }
}
