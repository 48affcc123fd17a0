namespace Zoom.Connector.RateLimiting;

/// <summary>
/// Explicit per-category budgets (<c>Zoom:RateLimit:Categories</c>). A figure set here overrides the plan preset
/// (<c>Zoom:RateLimit:Plan</c>) for that category; a category with neither has no bucket of its own.
/// </summary>
public sealed class ZoomRateLimitCategoriesOptions
{
    /// <summary><c>Zoom:RateLimit:Categories:Light</c>.</summary>
    public ZoomCategoryBudgetOptions Light { get; set; } = new();

    /// <summary><c>Zoom:RateLimit:Categories:Medium</c>.</summary>
    public ZoomCategoryBudgetOptions Medium { get; set; } = new();

    /// <summary><c>Zoom:RateLimit:Categories:Heavy</c>.</summary>
    public ZoomCategoryBudgetOptions Heavy { get; set; } = new();

    /// <summary><c>Zoom:RateLimit:Categories:ResourceIntensive</c>.</summary>
    public ZoomCategoryBudgetOptions ResourceIntensive { get; set; } = new();

    internal ZoomCategoryBudgetOptions Get(ZoomRateLimitCategory category) => category switch
    {
        ZoomRateLimitCategory.Light => Light,
        ZoomRateLimitCategory.Medium => Medium,
        ZoomRateLimitCategory.Heavy => Heavy,
        ZoomRateLimitCategory.ResourceIntensive => ResourceIntensive,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Only the four Zoom categories have budgets."),
    };

    internal static string Key(ZoomRateLimitCategory category) => category switch
    {
        ZoomRateLimitCategory.Light => nameof(Light),
        ZoomRateLimitCategory.Medium => nameof(Medium),
        ZoomRateLimitCategory.Heavy => nameof(Heavy),
        _ => nameof(ResourceIntensive),
    };
}

/// <summary>One category's budget, e.g. <c>Zoom:RateLimit:Categories:Light:PermitsPerWindow</c>.</summary>
public sealed class ZoomCategoryBudgetOptions
{
    /// <summary><c>PermitsPerWindow</c>: requests of this category per window. Default: the plan preset, else no bucket.</summary>
    public int? PermitsPerWindow { get; set; }

    /// <summary><c>Window</c>: the window length. Default: the plan preset's window, else 1 second.</summary>
    public TimeSpan? Window { get; set; }
}
