using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zoom.Connector.AspNetCore;
using Zoom.Connector.SupportLog;

// Endpoint mapping extensions live in the namespace ASP.NET Core hosts already import.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the support-log endpoint (docs/support-log.md).</summary>
public static class ZoomSupportLogEndpointExtensions
{
    /// <summary>
    /// Maps <c>GET {pattern}</c> as a read-only view of the support log for authorised users: the records of
    /// <see cref="IZoomSupportLogStore"/> filtered by <c>since</c> / <c>until</c> (an age such as <c>1h</c> or an ISO 8601
    /// time), <c>identity</c> (a key from <see cref="ZoomSupportLogIdentity.KeyOf"/>, or <c>service</c>), <c>operation</c>
    /// and <c>status</c>; at most <c>limit</c> records (default <see cref="ZoomSupportLogEndpointOptions.DefaultLimit"/>,
    /// at most <see cref="ZoomSupportLogEndpointOptions.MaxLimit"/>), the newest ones when more match, oldest first.
    /// Answers JSON lines (<c>application/x-ndjson</c>, the export format) or, for <c>Accept: text/html</c> or
    /// <c>format=html</c>, a plain HTML table with every value encoded. A bad parameter answers 400 naming it.
    /// The endpoint requires the authorization policy <see cref="ZoomSupportLogEndpointOptions.PolicyName"/>
    /// (default <c>ZoomSupportLog</c>), which the host must define: mapping fails without it unless
    /// <see cref="ZoomSupportLogEndpointOptions.AllowAnonymous"/> is set. Needs <c>AddZoomConnector(...).AddSupportLog()</c>.
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="pattern">The route; default <c>/zoom/support-log</c>.</param>
    /// <param name="configure">Sets the policy and the limits.</param>
    public static IEndpointConventionBuilder MapZoomSupportLog(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern = "/zoom/support-log",
        Action<ZoomSupportLogEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var options = new ZoomSupportLogEndpointOptions();
        configure?.Invoke(options);
        Validate(options, nameof(configure));

        var services = endpoints.ServiceProvider;
        // AddSupportLog registers the options' validator; a store alone (UseRedis registers one) does not record anything.
        if (services.GetService<IZoomSupportLogStore>() is null || !services.GetServices<IValidateOptions<ZoomSupportLogOptions>>().Any())
        {
            throw new InvalidOperationException("MapZoomSupportLog needs the support log: call services.AddZoomConnector(...).AddSupportLog() first.");
        }

        if (!options.AllowAnonymous && !PolicyExists(services, options.PolicyName))
        {
            throw new InvalidOperationException(
                $"MapZoomSupportLog requires the authorization policy '{options.PolicyName}', which is not defined: the support log shows who called Zoom when. " +
                $"Define it (services.AddAuthorizationBuilder().AddPolicy(\"{options.PolicyName}\", p => p.RequireRole(\"support\"))), or name one of yours with " +
                $"{nameof(ZoomSupportLogEndpointOptions)}.{nameof(ZoomSupportLogEndpointOptions.PolicyName)}. " +
                $"Set {nameof(ZoomSupportLogEndpointOptions.AllowAnonymous)} only when something else keeps strangers off this path.");
        }

        var endpoint = new ZoomSupportLogEndpoint(options);
        var builder = endpoints.MapGet(pattern, endpoint.HandleAsync).WithDisplayName("Zoom support log");
        return options.AllowAnonymous
            ? builder.WithMetadata(new AllowAnonymousAttribute())
            : builder.RequireAuthorization(options.PolicyName);
    }

    private static void Validate(ZoomSupportLogEndpointOptions options, string parameter)
    {
        const string Name = nameof(ZoomSupportLogEndpointOptions);
        if (!options.AllowAnonymous && string.IsNullOrWhiteSpace(options.PolicyName))
        {
            throw new ArgumentException($"{Name}.{nameof(options.PolicyName)} is required (or set {nameof(options.AllowAnonymous)}).", parameter);
        }

        if (options.MaxLimit is < 1 or > 100_000)
        {
            throw new ArgumentException($"{Name}.{nameof(options.MaxLimit)} must be between 1 and 100,000.", parameter);
        }

        if (options.DefaultLimit < 1)
        {
            throw new ArgumentException($"{Name}.{nameof(options.DefaultLimit)} must be at least 1.", parameter);
        }
    }

    private static bool PolicyExists(IServiceProvider services, string name)
    {
        if (services.GetService<IOptions<AuthorizationOptions>>()?.Value.GetPolicy(name) is not null)
        {
            return true;
        }

        // A host's own policy provider may make policies on demand: it is asked at request time, and refuses there.
        return services.GetService<IAuthorizationPolicyProvider>() is { } provider && provider is not DefaultAuthorizationPolicyProvider;
    }
}
