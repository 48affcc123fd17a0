using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;
using Refit;
using Zoom.Connector.Api;

namespace Zoom.Connector.Tests.Coverage;

/// <summary>The typed interfaces expose exactly the operations listed in Coverage/operations.txt, each documented.</summary>
public sealed partial class RouteCoverageTests
{
    private static readonly Type[] Interfaces = [typeof(IZoomUsersApi), typeof(IZoomMeetingsApi), typeof(IZoomRecordingsApi)];

    private sealed record Listed(string Method, string Path, string OperationId)
    {
        public string Key => Method + " " + Normalize(Path);
    }

    private sealed record Route(string Method, string Path, MethodInfo Member)
    {
        public string Key => Method + " " + Normalize(Path);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();

    private static string Normalize(string path) => PathParameter().Replace(path, "{}");

    private static List<Listed> ReadList()
        => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Coverage", "operations.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => new Listed(parts[0], parts[1], parts[2]))
            .ToList();

    private static List<Route> ReadRoutes()
        => Interfaces
            .SelectMany(type => type.GetMethods())
            .SelectMany(method => method.GetCustomAttributes<HttpMethodAttribute>().Select(a => new Route(a.Method.Method, a.Path, method)))
            .ToList();

    [Test]
    public void OperationList_Has101DistinctOperations()
    {
        var listed = ReadList();
        Assert.That(listed, Has.Count.EqualTo(101));
        Assert.That(listed.Select(l => l.Key).Distinct().Count(), Is.EqualTo(101), "a (method, path) pair is listed twice");
        Assert.That(listed.Select(l => l.OperationId).Distinct().Count(), Is.EqualTo(101), "an operationId is listed twice");
    }

    [Test]
    public void Interfaces_ComparedWithOperationList_HaveEveryOperationAndNoOther()
    {
        var listed = ReadList().Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var routes = ReadRoutes();
        var exposed = routes.Select(r => r.Key).ToList();

        Assert.That(listed.Except(exposed).Order(), Is.Empty, "listed operations missing from the interfaces");
        Assert.That(exposed.Except(listed).Order(), Is.Empty, "interface routes not in the list");
        Assert.That(exposed.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "a route is exposed twice");
    }

    [Test]
    public void Interfaces_EachMethod_DocumentsOperationIdMethodPathAndRateLimit()
    {
        var docs = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Zoom.Connector.xml"))
            .Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith("M:Zoom.Connector.Api.IZoom", StringComparison.Ordinal) == true)
            .GroupBy(m => ((string)m.Attribute("name")!).Split('(')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var listed = ReadList().ToDictionary(l => l.Key, StringComparer.Ordinal);
        var problems = new List<string>();

        foreach (var route in ReadRoutes())
        {
            var name = $"M:{route.Member.DeclaringType!.FullName}.{route.Member.Name}";
            if (!listed.TryGetValue(route.Key, out var operation) || !docs.TryGetValue(name, out var member))
            {
                problems.Add($"{name}: no list entry or no XML doc");
                continue;
            }

            var summary = Regex.Replace(member.Element("summary")?.ToString() ?? string.Empty, @"\s+", " ");
            if (!summary.Contains($"Zoom operation <c>{operation.OperationId}</c>", StringComparison.Ordinal)
                || !summary.Contains($"<c>{operation.Method} {operation.Path}</c>", StringComparison.Ordinal)
                || !Regex.IsMatch(summary, @"\((LIGHT|MEDIUM|HEAVY|RESOURCE_INTENSIVE|rate-limit label unconfirmed)"))
            {
                problems.Add($"{route.Member.Name}: summary does not name {operation.OperationId}, {operation.Method} {operation.Path} and the rate-limit label");
            }
        }

        Assert.That(problems, Is.Empty);
    }
}
