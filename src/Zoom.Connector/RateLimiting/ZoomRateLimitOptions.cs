namespace Zoom.Connector.RateLimiting;

/// <summary>The account's request budget (<c>Zoom:RateLimit</c>), shared by every client of the connector.</summary>
public sealed class ZoomRateLimitOptions
{
    /// <summary>The sub-section these options are bound from, under the connector's section: <c>RateLimit</c>.</summary>
    public const string SectionName = "RateLimit";

    /// <summary><c>Zoom:RateLimit:PermitsPerWindow</c>: requests allowed per window. Default 55.</summary>
    public int PermitsPerWindow { get; set; } = 55;

    /// <summary><c>Zoom:RateLimit:Window</c>: the window length. Default 1 second.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// <c>Zoom:RateLimit:SafetyMargin</c>: added to each budget's window when counting grants, so that the jitter
    /// between granting a permit and the request reaching Zoom never puts more than the budget into one of Zoom's
    /// windows. A request is granted when fewer than the budget's permits were granted in the last window plus this
    /// margin. Default: 1 % of each budget's window (10 ms for 1 second, 99.0 % of the budget used); applies to the
    /// account and the category budgets.
    /// </summary>
    public TimeSpan? SafetyMargin { get; set; }

    /// <summary><c>Zoom:RateLimit:QueueLimit</c>: requests that may wait for a permit before new ones are refused. Default 10,000.</summary>
    public int QueueLimit { get; set; } = 10_000;

    /// <summary><c>Zoom:RateLimit:Plan</c>: presets per-category budgets from a Zoom plan (None, Free, Pro, BusinessPlus). Default None.</summary>
    public ZoomRatePlan Plan { get; set; }

    /// <summary><c>Zoom:RateLimit:Categories</c>: explicit per-category budgets, overriding the plan preset.</summary>
    public ZoomRateLimitCategoriesOptions Categories { get; set; } = new();
}
