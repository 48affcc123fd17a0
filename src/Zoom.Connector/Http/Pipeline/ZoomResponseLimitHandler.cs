namespace Zoom.Connector.Http.Pipeline;

/// <summary>
/// Bounds every successful API answer at <c>Zoom:MaxResponseBodyBytes</c>, per attempt: a declared
/// <c>Content-Length</c> over the limit is refused before a byte of the body is read (the response is released at
/// once), and any other body is handed on wrapped so that no reader above it (the daily cap, Refit) can pull more than
/// the limit: the read that goes past it throws. Handlers added with <c>ConfigureHttpClient</c> sit below it and see
/// the body as it came. Either way the caller gets a
/// <see cref="ZoomResponseTooLargeException"/> built by <see cref="ZoomErrorMapper"/>, which the resilience pipeline
/// never retries. Error answers are not wrapped: the error mapper reads them within its own 64 KiB.
/// </summary>
internal sealed class ZoomResponseLimitHandler(long limit, string configurationKey) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        // A HEAD answer declares the length of a body it does not carry.
        if (!response.IsSuccessStatusCode || request.Method == HttpMethod.Head)
        {
            return response;
        }

        var declared = response.Content.Headers.ContentLength;
        if (declared > limit)
        {
            var exception = ZoomErrorMapper.CreateResponseTooLarge(response, limit, configurationKey);
            response.Dispose();
            throw exception;
        }

        if (declared != 0)
        {
            ZoomLimitedContent.Wrap(response, limit, configurationKey);
        }

        return response;
    }
}
