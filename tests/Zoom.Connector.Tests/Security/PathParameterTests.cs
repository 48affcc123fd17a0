using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using NUnit.Framework;
using Refit;
using RichardSzalay.MockHttp;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Security;

/// <summary>
/// Every string (and meeting reference) path parameter of every typed operation refuses values that would rewrite the
/// endpoint, before anything is sent; whatever it accepts reaches the server in exactly the route template's shape.
/// </summary>
public sealed class PathParameterTests
{
    private static readonly Type[] Interfaces = [typeof(IZoomUsersApi), typeof(IZoomMeetingsApi), typeof(IZoomRecordingsApi)];

    /// <summary>Values that must be refused: they rewrite or empty a path segment, or carry control characters.</summary>
    private static readonly string[] Refused = ["..", ".", "", " ", "\t", "%2e%2e", "%2E.", "%252e%252e", "a\nb", "\0", "\u007f"];

    /// <summary>Hostile values a server must receive as one opaque segment.</summary>
    private static readonly string[] Opaque = ["/", "../x", "a/../b", "?x=1", "#", "#frag", "\\", "é𝄞 ü", "%2F", "..."];

    private sealed record Operation(Type Interface, MethodInfo Method, string Template, IReadOnlyList<(int Index, string Name, Type Type)> PathIds);

    private static List<Operation> Operations()
        => Interfaces
            .SelectMany(type => type.GetMethods().Select(method => (type, method)))
            .Select(pair =>
            {
                var template = pair.method.GetCustomAttribute<HttpMethodAttribute>()!.Path;
                var ids = pair.method.GetParameters()
                    .Select((p, i) => (Index: i, Name: p.Name!, Type: p.ParameterType))
                    .Where(p => (p.Type == typeof(string) || p.Type == typeof(MeetingIdOrUuid)) && template.Contains("{" + p.Name + "}", StringComparison.Ordinal))
                    .ToList();
                return new Operation(pair.type, pair.method, template, ids);
            })
            .ToList();

    [Test]
    public void Operations_Counted_Are101WithEveryPlaceholderBoundToAParameter()
    {
        var operations = Operations();
        Assert.That(operations, Has.Count.EqualTo(101));
        foreach (var operation in operations)
        {
            var names = operation.Method.GetParameters().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var placeholders = System.Text.RegularExpressions.Regex.Matches(operation.Template, @"\{(\w+)\}").Select(m => m.Groups[1].Value);
            Assert.That(placeholders.Where(p => !names.Contains(p)), Is.Empty, $"{operation.Method.Name}: a placeholder has no parameter of that name");
        }
    }

    [Test]
    public void PathGuard_EveryStringPathParameter_IsKnownByName()
    {
        var missing = Operations()
            .SelectMany(o => o.PathIds.Select(id => (o, id)))
            .Where(x => !Zoom.Connector.Http.Pipeline.ZoomPathGuard.PathArgumentsOf(x.o.Interface, x.o.Method.Name).Contains(new global::Zoom.Connector.Http.Pipeline.ZoomPathGuard.PathArgument(x.id.Index, x.id.Name)))
            .Select(x => $"{x.o.Method.Name}.{x.id.Name}");
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public async Task EveryOperation_DotDotOrEmptyPathId_ThrowsArgumentExceptionNamingParameterAndSendsNothing()
    {
        using var host = ZoomTestHost.Create();
        var sent = new List<string>();
        host.Mock.When("*").Respond(request =>
        {
            sent.Add($"{request.Method} {request.RequestUri}");
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });
        var withIds = Operations().Where(o => o.PathIds.Count > 0).ToList();
        Assert.That(withIds.Sum(o => o.PathIds.Count), Is.GreaterThanOrEqualTo(55), "the walk found fewer path ids than the API has");

        var problems = new List<string>();
        foreach (var operation in withIds)
        {
            foreach (var id in operation.PathIds)
            {
                foreach (var value in new[] { "..", ".", "", "%2e%2e", "x\r\ny" })
                {
                    var error = await InvokeAsync(host, operation, id.Index, value);
                    if (error is not ArgumentException argument || argument.ParamName != id.Name)
                    {
                        problems.Add($"{operation.Method.Name}({id.Name}: \"{Escape(value)}\") -> {error?.GetType().Name ?? "no exception"} {(error as ArgumentException)?.ParamName} {error?.Message}");
                    }
                }
            }
        }

        Assert.That(problems, Is.Empty);
        Assert.That(sent, Is.Empty, "a refused call reached the server");
    }

    [Test]
    public async Task EveryOperation_HostilePathIds_AreRefusedOrSentInTheRouteShape()
    {
        using var host = ZoomTestHost.Create();
        var sent = new List<Uri>();
        host.Mock.When("*").Respond(request =>
        {
            sent.Add(request.RequestUri!);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        });

        var problems = new List<string>();
        var checkedCalls = 0;
        var hostile = Refused.Concat(Opaque).Append(new string('a', 10 * 1024)).ToArray();
        foreach (var operation in Operations())
        {
            // An operation without string ids still goes through once: its route must come out unchanged.
            var values = operation.PathIds.Count == 0 ? [null] : hostile.Cast<string?>();
            foreach (var id in operation.PathIds.Count == 0 ? [(-1, "", typeof(long))] : operation.PathIds)
            {
                foreach (var value in values)
                {
                    sent.Clear();
                    var error = await InvokeAsync(host, operation, id.Index, value);
                    checkedCalls++;
                    var label = $"{operation.Method.Name}({id.Name}: \"{Escape(value)}\")";
                    if (error is ArgumentException)
                    {
                        if (sent.Count != 0)
                        {
                            problems.Add($"{label}: refused after sending");
                        }

                        continue;
                    }

                    if (sent.Count != 1)
                    {
                        problems.Add($"{label}: {sent.Count} requests, error {error?.GetType().Name}");
                        continue;
                    }

                    var shape = ShapeProblem(sent[0], operation, id.Index, value);
                    if (shape is not null)
                    {
                        problems.Add($"{label}: {shape}");
                    }
                }
            }
        }

        Assert.That(problems, Is.Empty);
        Assert.That(checkedCalls, Is.GreaterThan(101));
    }

    /// <summary>The path, after the base path, has the template's segments; each placeholder is exactly its argument.</summary>
    private static string? ShapeProblem(Uri uri, Operation operation, int hostileIndex, string? hostile)
    {
        var basePath = new Uri(ZoomTestHost.BaseUrl).AbsolutePath.TrimEnd('/');
        if (!uri.AbsolutePath.StartsWith(basePath + "/", StringComparison.Ordinal))
        {
            return $"path {uri.AbsolutePath} left the base path";
        }

        var actual = uri.AbsolutePath[(basePath.Length + 1)..].Split('/');
        var expected = operation.Template.TrimStart('/').Split('/');
        if (actual.Length != expected.Length)
        {
            return $"path {uri.AbsolutePath} does not have the shape of {operation.Template}";
        }

        var parameters = operation.Method.GetParameters();
        for (var i = 0; i < expected.Length; i++)
        {
            if (!expected[i].StartsWith('{'))
            {
                if (actual[i] != expected[i])
                {
                    return $"segment {i} is {actual[i]}, the route has {expected[i]}";
                }

                continue;
            }

            var name = expected[i][1..^1];
            var index = Array.FindIndex(parameters, p => p.Name == name);
            var value = index == hostileIndex ? FormatId(parameters[index].ParameterType, hostile) : DefaultPathValue(parameters[index].ParameterType);
            if (Uri.UnescapeDataString(actual[i]) != value)
            {
                return $"segment {i} carries {actual[i]}, not the argument";
            }
        }

        return null;
    }

    private static string FormatId(Type type, string? value)
        => type == typeof(MeetingIdOrUuid) ? MeetingIdOrUuid.FromUuid(value!).ToString() : value!;

    private static string DefaultPathValue(Type type) => type == typeof(long) ? "123" : type == typeof(MeetingIdOrUuid) ? "123" : "id-1";

    private static async Task<Exception?> InvokeAsync(ZoomTestHost host, Operation operation, int hostileIndex, string? hostile)
    {
        var client = host.Services.GetService(operation.Interface)!;
        var parameters = operation.Method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            arguments[i] = i == hostileIndex ? HostileArgument(parameters[i].ParameterType, hostile) : Argument(parameters[i], operation.Template);
        }

        try
        {
            var task = (Task)operation.Method.Invoke(client, arguments)!;
            await task;
            return null;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            return exception.InnerException;
        }
        catch (Exception exception) when (exception is not AssertionException)
        {
            return exception;
        }
    }

    private static object? HostileArgument(Type type, string? value)
    {
        if (type != typeof(MeetingIdOrUuid))
        {
            return value;
        }

        // FromUuid itself refuses an empty UUID; the default reference lets the call's own check answer.
        return string.IsNullOrWhiteSpace(value) ? default(MeetingIdOrUuid) : MeetingIdOrUuid.FromUuid(value);
    }

    private static object? Argument(ParameterInfo parameter, string template)
    {
        var type = parameter.ParameterType;
        if (template.Contains("{" + parameter.Name + "}", StringComparison.Ordinal))
        {
            return type == typeof(long) ? 123L : type == typeof(MeetingIdOrUuid) ? MeetingIdOrUuid.FromId(123) : (object)"id-1";
        }

        if (type == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        if (parameter.HasDefaultValue)
        {
            return Type.Missing;
        }

        if (type == typeof(string))
        {
            return "value";
        }

        if (type == typeof(ByteArrayPart))
        {
            return new ByteArrayPart([1, 2, 3], "file.png", "image/png");
        }

        if (type == typeof(StreamPart))
        {
            return new StreamPart(new MemoryStream([1, 2, 3]), "file.png", "image/png");
        }

        return type.IsValueType ? Activator.CreateInstance(type) : RuntimeHelpers.GetUninitializedObject(type);
    }

    private static string Escape(string? value)
        => value is null ? "(none)" : value.Length > 40 ? $"{value.Length} chars" : string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
