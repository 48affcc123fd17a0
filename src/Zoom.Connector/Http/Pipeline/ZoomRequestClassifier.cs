using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Zoom.Connector.RateLimiting;

namespace Zoom.Connector.Http.Pipeline;

/// <summary>What the pipeline knows about one logical request; kept in <see cref="HttpRequestMessage.Options"/>.</summary>
internal sealed class ZoomRequestInfo
{
    public static readonly HttpRequestOptionsKey<ZoomRequestInfo> Key = new("Zoom.Connector.RequestInfo");

    public ZoomRequestInfo(ZoomOperation? operation, ZoomRateLimitCategory category)
    {
        Operation = operation;
        Category = category;
    }

    public ZoomOperation? Operation { get; }

    public string OperationId => Operation?.OperationId ?? "unknown";

    public ZoomRateLimitCategory Category { get; set; }

    /// <summary>Whether the current attempt was handed to the handlers that send it (set per attempt by the budget handler).</summary>
    public bool Sent { get; set; }

    /// <summary>How long the current attempt waited for its permit (set per attempt by the budget handler), for the support log.</summary>
    public TimeSpan LimiterWait { get; set; }

    /// <summary>The retry delay chosen before the next attempt (set by the retry strategy), for the support log.</summary>
    public TimeSpan RetryDelay { get; set; }
}

/// <summary>
/// Classifies requests by the operation catalog and remembers the category Zoom reports in
/// <c>X-RateLimit-Category</c> per operation, which wins over the catalog label (the specs disagree on some labels).
/// </summary>
internal sealed class ZoomRequestClassifier
{
    private readonly ConcurrentDictionary<string, ZoomRateLimitCategory> _reported = new(StringComparer.Ordinal);

    public ZoomRequestClassifier(IOptions<ZoomConnectorOptions> options)
        : this(options.Value.GetBaseUri().AbsolutePath)
    {
    }

    public ZoomRequestClassifier(string basePath) => BasePath = basePath;

    public string BasePath { get; }

    public ZoomRequestInfo Classify(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(ZoomRequestInfo.Key, out var known))
        {
            return known;
        }

        var operation = request.RequestUri is { IsAbsoluteUri: true } uri
            ? ZoomOperationCatalog.Match(request.Method.Method, uri.AbsolutePath, BasePath)
            : null;
        var category = operation is null ? ZoomRateLimitCategory.Unknown
            : _reported.TryGetValue(operation.OperationId, out var reported) ? reported
            : operation.Category;
        var info = new ZoomRequestInfo(operation, category);
        request.Options.Set(ZoomRequestInfo.Key, info);
        return info;
    }

    /// <summary>Zoom named the category of this operation: use it from now on.</summary>
    public void Learn(ZoomRequestInfo info, string? reportedCategory)
    {
        var category = ZoomRateLimitCategories.Parse(reportedCategory);
        if (category == ZoomRateLimitCategory.Unknown || category == info.Category)
        {
            return;
        }

        info.Category = category;
        if (info.Operation is { } operation)
        {
            _reported[operation.OperationId] = category;
        }
    }
}
