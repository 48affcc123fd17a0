using System.Reflection;
using NUnit.Framework;
using Refit;
using Zoom.Connector.Api;

namespace Zoom.Connector.Tests;

/// <summary>Checks the whole public surface against the house conventions, so a new method cannot drift.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(IZoomUsersApi).Assembly;

    private static IEnumerable<MethodInfo> PublicAsyncMethods()
        => Library.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.Name != nameof(IAsyncDisposable.DisposeAsync) && (typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal) || m.ReturnType.Name.StartsWith("IAsyncEnumerable", StringComparison.Ordinal)));

    [Test]
    public void AsyncMethods_EndWithAsync()
    {
        var offenders = PublicAsyncMethods()
            .Where(m => !m.Name.EndsWith("Async", StringComparison.Ordinal) && m.DeclaringType!.Namespace!.StartsWith("Zoom.Connector", StringComparison.Ordinal))
            .Where(m => !(m.DeclaringType!.IsSubclassOf(typeof(DelegatingHandler)) || m.DeclaringType.IsSubclassOf(typeof(Microsoft.Extensions.Hosting.BackgroundService))))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void AsyncMethods_TakeCancellationTokenLastWithDefault()
    {
        var offenders = PublicAsyncMethods()
            .Where(m => m.DeclaringType!.Namespace!.StartsWith("Zoom.Connector", StringComparison.Ordinal))
            .Where(m => !(m.DeclaringType!.IsSubclassOf(typeof(DelegatingHandler)) || m.DeclaringType.IsSubclassOf(typeof(Microsoft.Extensions.Hosting.BackgroundService))))
            .Where(m =>
            {
                var last = m.GetParameters().LastOrDefault();
                return last is null || last.ParameterType != typeof(CancellationToken) || !last.HasDefaultValue;
            })
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        Assert.That(offenders, Is.Empty);
    }

    [TestCase(typeof(IZoomUsersApi))]
    [TestCase(typeof(IZoomMeetingsApi))]
    [TestCase(typeof(IZoomRecordingsApi))]
    public void RefitMethods_AllHaveAnHttpRoute(Type api)
    {
        var missing = api.GetMethods().Where(m => m.GetCustomAttribute<HttpMethodAttribute>() is null).Select(m => m.Name);
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void PublicModels_AreSealed()
    {
        var open = Library.GetExportedTypes()
            .Where(t => t.Namespace == "Zoom.Connector.Models" && t.IsClass && !t.IsAbstract && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.Name);
        Assert.That(open, Is.Empty);
    }
}
