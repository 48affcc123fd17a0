using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Refit;
using Zoom.Connector.Api;
using Zoom.Connector.Models;

namespace Zoom.Connector.Http.Pipeline;

/// <summary>
/// Refuses a path parameter that would change which endpoint a request reaches, before anything is sent.
/// </summary>
/// <remarks>
/// Refit escapes <c>/ ? #</c> in path values but not dot segments, and <see cref="Uri"/> then removes them:
/// <c>DELETE /meetings/1/registrants/..</c> becomes <c>DELETE /meetings/1/</c>, which deletes the meeting. An empty
/// value does the same in another way (<c>DELETE /users/me/schedulers/</c> is the delete-all route). So every string
/// (and <see cref="MeetingIdOrUuid"/>) path parameter of every operation is checked here, by name, and the final
/// request path is checked against the route template's shape as a second line.
/// </remarks>
internal static class ZoomPathGuard
{
    private static readonly HttpRequestOptionsKey<string> TemplateKey = new(HttpRequestMessageOptions.RelativePathTemplate);
    private static readonly HttpRequestOptionsKey<string> MethodNameKey = new(HttpRequestMessageOptions.MethodName);
    private static readonly HttpRequestOptionsKey<Type> InterfaceKey = new(HttpRequestMessageOptions.InterfaceType);
    private static readonly HttpRequestOptionsKey<object?[]> ArgumentsKey = new(HttpRequestMessageOptions.MethodArguments);

    /// <summary>Per interface and method: which arguments fill which placeholder of the route.</summary>
    private static readonly FrozenDictionary<(Type Interface, string Method), PathArgument[]> PathArguments = BuildMap();

    /// <summary>One path argument: its position in the call and its parameter name.</summary>
    internal readonly record struct PathArgument(int Index, string Name);

    /// <summary>The path parameters (string or meeting reference) of one interface method, for tests and the handler.</summary>
    internal static IReadOnlyList<PathArgument> PathArgumentsOf(Type interfaceType, string methodName)
        => PathArguments.TryGetValue((interfaceType, methodName), out var arguments) ? arguments : [];

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="parameterName"/> when the value is not a safe path segment.</summary>
    public static void CheckSegment(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, $"The path parameter '{parameterName}' is required.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The path parameter '{parameterName}' must not be empty or whitespace.", parameterName);
        }

        // Decoding catches %2e%2e and %0a, which a server that decodes twice would treat as the plain form.
        var decoded = value;
        for (var round = 0; round < 3; round++)
        {
            if (decoded is "." or ".." || decoded.Trim() is "." or "..")
            {
                throw new ArgumentException($"The path parameter '{parameterName}' must not be a dot segment ('.' or '..', plain or percent-encoded).", parameterName);
            }

            if (decoded.Any(char.IsControl))
            {
                throw new ArgumentException($"The path parameter '{parameterName}' must not contain control characters.", parameterName);
            }

            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded)
            {
                break;
            }

            decoded = next;
        }
    }

    /// <summary>Checks a Refit request: every named path argument, then the final path against the route's shape.</summary>
    public static void Check(HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(TemplateKey, out var template))
        {
            return; // not a typed API call (token endpoint, downloads): nothing to check against
        }

        request.Options.TryGetValue(MethodNameKey, out var method);
        if (method is not null
            && request.Options.TryGetValue(InterfaceKey, out var interfaceType)
            && request.Options.TryGetValue(ArgumentsKey, out var arguments))
        {
            foreach (var path in PathArgumentsOf(interfaceType, method))
            {
                if (path.Index >= arguments.Length)
                {
                    continue;
                }

                switch (arguments[path.Index])
                {
                    case MeetingIdOrUuid meeting:
                        CheckSegment(meeting.RawValue, path.Name);
                        break;
                    case var other:
                        CheckSegment(other as string, path.Name);
                        break;
                }
            }
        }

        CheckShape(request.RequestUri, template, method);
    }

    /// <summary>The last segments of the request path must be the template's: same literals, one non-empty segment per placeholder.</summary>
    private static void CheckShape(Uri? uri, string template, string? method)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return;
        }

        var routePath = template.Split('?', 2)[0];
        var expected = routePath.Trim('/').Split('/');
        var actual = uri.AbsolutePath.Split('/');
        var offset = actual.Length - expected.Length;
        for (var i = 0; i < expected.Length; i++)
        {
            var segment = offset + i >= 0 ? actual[offset + i] : null;
            var placeholder = expected[i].StartsWith('{') && expected[i].EndsWith('}') ? expected[i][1..^1] : null;
            var matches = placeholder is null
                ? string.Equals(segment, expected[i], StringComparison.Ordinal)
                : segment is { Length: > 0 } && Uri.UnescapeDataString(segment) is not ("." or "..");
            if (!matches)
            {
                throw new ArgumentException(
                    $"The request path of {method ?? "the call"} does not have the shape of its route '{routePath}': a path parameter rewrote it.",
                    placeholder);
            }
        }
    }

    private static FrozenDictionary<(Type, string), PathArgument[]> BuildMap()
    {
        var map = new Dictionary<(Type, string), PathArgument[]>();
        Add(map, typeof(IZoomUsersApi));
        Add(map, typeof(IZoomMeetingsApi));
        Add(map, typeof(IZoomRecordingsApi));
        return map.ToFrozenDictionary();
    }

    private static void Add(Dictionary<(Type, string), PathArgument[]> map, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type interfaceType)
    {
        foreach (var group in interfaceType.GetMethods().GroupBy(m => m.Name, StringComparer.Ordinal))
        {
            // Refit names the method only; an overload would make the name ambiguous, so the shape check covers it.
            if (group.Count() != 1)
            {
                continue;
            }

            var method = group.Single();
            var template = method.GetCustomAttribute<HttpMethodAttribute>()?.Path;
            if (template is null)
            {
                continue;
            }

            var parameters = method.GetParameters();
            var found = new List<PathArgument>();
            for (var i = 0; i < parameters.Length; i++)
            {
                var parameter = parameters[i];
                if (parameter.ParameterType != typeof(string) && parameter.ParameterType != typeof(MeetingIdOrUuid))
                {
                    continue;
                }

                var routeName = parameter.GetCustomAttribute<AliasAsAttribute>()?.Name ?? parameter.Name;
                if (routeName is not null && template.Contains("{" + routeName + "}", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(new PathArgument(i, parameter.Name ?? routeName));
                }
            }

            map[(interfaceType, method.Name)] = [.. found];
        }
    }
}
