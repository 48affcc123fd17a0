namespace Zoom.Connector.RateLimiting;

/// <summary>Zoom's rate-limit category of an operation (its "Rate Limit Label").</summary>
public enum ZoomRateLimitCategory
{
    /// <summary>Not known: the operation is not in the catalog and Zoom sent no <c>X-RateLimit-Category</c>.</summary>
    Unknown = 0,

    /// <summary>LIGHT (e.g. get, update or delete a meeting).</summary>
    Light,

    /// <summary>MEDIUM (e.g. list users, list meetings).</summary>
    Medium,

    /// <summary>HEAVY (e.g. batch registrants).</summary>
    Heavy,

    /// <summary>RESOURCE_INTENSIVE (counted per minute).</summary>
    ResourceIntensive,
}

/// <summary>A Zoom plan whose published per-category figures preset the category budgets (<c>Zoom:RateLimit:Plan</c>).</summary>
public enum ZoomRatePlan
{
    /// <summary>No per-category budgets: only the account budget applies (the default).</summary>
    None = 0,

    /// <summary>Free: Light 4/s, Medium 2/s, Heavy 1/s, Resource-intensive 10/min.</summary>
    Free,

    /// <summary>Pro: Light 30/s, Medium 20/s, Heavy 10/s, Resource-intensive 10/min.</summary>
    Pro,

    /// <summary>Business, Education, Enterprise and Partners: Light 80/s, Medium 60/s, Heavy 40/s, Resource-intensive 20/min.</summary>
    BusinessPlus,
}

/// <summary>Parses and names categories the way Zoom writes them.</summary>
internal static class ZoomRateLimitCategories
{
    public static readonly ZoomRateLimitCategory[] All =
        [ZoomRateLimitCategory.Light, ZoomRateLimitCategory.Medium, ZoomRateLimitCategory.Heavy, ZoomRateLimitCategory.ResourceIntensive];

    /// <summary>Reads <c>X-RateLimit-Category</c> (Light, Medium, Heavy, Resource-intensive) or a catalog label (LIGHT, RESOURCE_INTENSIVE).</summary>
    public static ZoomRateLimitCategory Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ZoomRateLimitCategory.Unknown;
        }

        var t = text.Trim();
        if (t.StartsWith("light", StringComparison.OrdinalIgnoreCase))
        {
            return ZoomRateLimitCategory.Light;
        }

        if (t.StartsWith("medium", StringComparison.OrdinalIgnoreCase))
        {
            return ZoomRateLimitCategory.Medium;
        }

        if (t.StartsWith("heavy", StringComparison.OrdinalIgnoreCase))
        {
            return ZoomRateLimitCategory.Heavy;
        }

        return t.StartsWith("resource", StringComparison.OrdinalIgnoreCase) ? ZoomRateLimitCategory.ResourceIntensive : ZoomRateLimitCategory.Unknown;
    }

    /// <summary>The tag value used in metrics and messages.</summary>
    public static string Name(ZoomRateLimitCategory category) => category switch
    {
        ZoomRateLimitCategory.Light => "light",
        ZoomRateLimitCategory.Medium => "medium",
        ZoomRateLimitCategory.Heavy => "heavy",
        ZoomRateLimitCategory.ResourceIntensive => "resource_intensive",
        _ => "unknown",
    };

    /// <summary>The published figure of a plan for a category (facts file, section 2), or <see langword="null"/> for <see cref="ZoomRatePlan.None"/>.</summary>
    public static (int Permits, TimeSpan Window)? Preset(ZoomRatePlan plan, ZoomRateLimitCategory category)
    {
        var second = TimeSpan.FromSeconds(1);
        var minute = TimeSpan.FromMinutes(1);
        return (plan, category) switch
        {
            (ZoomRatePlan.Free, ZoomRateLimitCategory.Light) => (4, second),
            (ZoomRatePlan.Free, ZoomRateLimitCategory.Medium) => (2, second),
            (ZoomRatePlan.Free, ZoomRateLimitCategory.Heavy) => (1, second),
            (ZoomRatePlan.Free, ZoomRateLimitCategory.ResourceIntensive) => (10, minute),
            (ZoomRatePlan.Pro, ZoomRateLimitCategory.Light) => (30, second),
            (ZoomRatePlan.Pro, ZoomRateLimitCategory.Medium) => (20, second),
            (ZoomRatePlan.Pro, ZoomRateLimitCategory.Heavy) => (10, second),
            (ZoomRatePlan.Pro, ZoomRateLimitCategory.ResourceIntensive) => (10, minute),
            (ZoomRatePlan.BusinessPlus, ZoomRateLimitCategory.Light) => (80, second),
            (ZoomRatePlan.BusinessPlus, ZoomRateLimitCategory.Medium) => (60, second),
            (ZoomRatePlan.BusinessPlus, ZoomRateLimitCategory.Heavy) => (40, second),
            (ZoomRatePlan.BusinessPlus, ZoomRateLimitCategory.ResourceIntensive) => (20, minute),
            _ => null,
        };
    }
}
