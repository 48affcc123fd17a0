
namespace Zoom.Connector.RateLimiting;

/// <summary>A request budget: <see cref="PermitsPerWindow"/> requests in any <see cref="Window"/>.</summary>
/// <param name="PermitsPerWindow">Requests allowed per window.</param>
/// <param name="Window">The window length.</param>
public readonly record struct ZoomRateBudget(int PermitsPerWindow, TimeSpan Window)
{
    /// <summary>The account budget (<c>Zoom:RateLimit:PermitsPerWindow</c> per <c>Zoom:RateLimit:Window</c>).</summary>
    /// <param name="options">The rate-limit options.</param>
    public static ZoomRateBudget Account(ZoomRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ZoomRateBudget(options.PermitsPerWindow, options.Window);
    }

    /// <summary>
    /// The effective budget of a category: <c>Zoom:RateLimit:Categories:&lt;category&gt;</c> first, then the
    /// <c>Zoom:RateLimit:Plan</c> preset; <see langword="null"/> when the category has none (only the account budget applies).
    /// </summary>
    /// <param name="options">The rate-limit options.</param>
    /// <param name="category">The category.</param>
    public static ZoomRateBudget? ForCategory(ZoomRateLimitOptions options, ZoomRateLimitCategory category)
    {
        ArgumentNullException.ThrowIfNull(options);
        return category == ZoomRateLimitCategory.Unknown ? null
            : ZoomTokenBucketRateLimiter.Budget(options, category) is { } b ? new ZoomRateBudget(b.Permits, b.Window) : null;
    }
}
