namespace Zoom.Connector.Testing;

/// <summary>One request the emulator received, as a test sees it in <see cref="ZoomEmulator.Requests"/>.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">Path and query; secret query values (codes, tokens, verifiers) are replaced by <c>***</c>.</param>
/// <param name="Identity">
/// Who called: the user id behind the access token for API requests, the client id for OAuth requests,
/// <see langword="null"/> when the caller could not be identified.
/// </param>
/// <param name="StatusCode">The status the emulator answered (or would have answered, when the connection was dropped after applying).</param>
/// <param name="Fault">The injected fault that hit this request, or <see langword="null"/>.</param>
/// <param name="Timestamp">When the request arrived (emulator time).</param>
public sealed record EmulatorRequest(
    string Method,
    string PathAndQuery,
    string? Identity,
    int StatusCode,
    EmulatorFaultKind? Fault,
    DateTimeOffset Timestamp);
