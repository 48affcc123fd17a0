namespace Zoom.Connector.Http.Pipeline;

/// <summary>The first handler of every API pipeline: refuses hostile path parameters before anything else runs.</summary>
internal sealed class ZoomPathGuardHandler : DelegatingHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ZoomPathGuard.Check(request);
        return base.SendAsync(request, cancellationToken);
    }
}
