using Microsoft.Extensions.Options;
using Zoom.Connector.Http;

namespace Zoom.Connector.RateLimiting;

/// <summary>Validates <c>Zoom:RateLimit</c> (the account budget, the safety margin, the plan and the per-category budgets); messages name the key, never the value.</summary>
internal sealed class ZoomRateLimitingOptionsValidator(ZoomConfigurationPath path) : IValidateOptions<ZoomRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, ZoomRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var rate = options;
        if (rate.PermitsPerWindow < 1)
        {
            failures.Add($"{path.Key("RateLimit:PermitsPerWindow")} must be at least 1.");
        }

        if (rate.Window <= TimeSpan.Zero)
        {
            failures.Add($"{path.Key("RateLimit:Window")} must be a positive time span, e.g. 00:00:01.");
        }

        if (rate.QueueLimit < 0)
        {
            failures.Add($"{path.Key("RateLimit:QueueLimit")} must be zero or more.");
        }

        if (!Enum.IsDefined(rate.Plan))
        {
            failures.Add($"{path.Key("RateLimit:Plan")} must be one of None, Free, Pro, BusinessPlus.");
        }

        if (rate.SafetyMargin is { } margin && (margin < TimeSpan.Zero || margin >= rate.Window))
        {
            failures.Add($"{path.Key("RateLimit:SafetyMargin")} must be zero or more and shorter than {path.Key("RateLimit:Window")}, e.g. 00:00:00.010.");
        }

        foreach (var category in ZoomRateLimitCategories.All)
        {
            var budget = rate.Categories.Get(category);
            var key = "RateLimit:Categories:" + ZoomRateLimitCategoriesOptions.Key(category);
            if (budget.PermitsPerWindow is < 1)
            {
                failures.Add($"{path.Key(key + ":PermitsPerWindow")} must be at least 1.");
            }

            if (budget.Window is { } w && w <= TimeSpan.Zero)
            {
                failures.Add($"{path.Key(key + ":Window")} must be a positive time span, e.g. 00:00:01.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
