using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NUnit.Framework;
using Zoom.Connector.Serialization;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Coverage;

/// <summary>One operation exercised through the real DI pipeline against MockHttp.</summary>
/// <param name="OperationId">Zoom's operationId (also the fixture name).</param>
/// <param name="Call">Calls the typed API; returns the deserialized response or null.</param>
/// <param name="Method">The expected HTTP method.</param>
/// <param name="PathAndQuery">The expected path and query.</param>
/// <param name="RequestFixture">The request body fixture the call sends, or null.</param>
/// <param name="ResponseFixture">The response fixture MockHttp answers with, or null.</param>
/// <param name="Status">The status MockHttp answers with.</param>
public sealed record OperationCase(
    string OperationId,
    Func<ZoomTestHost, Task<object?>> Call,
    string Method,
    string PathAndQuery,
    string? RequestFixture,
    string? ResponseFixture,
    HttpStatusCode Status)
{
    public override string ToString() => OperationId;
}

public abstract class CoverageTestBase : ApiTestBase
{
    protected static async Task<object?> Run<T>(Task<T> call) => await call;

    protected static async Task<object?> Run(Task call)
    {
        await call;
        return null;
    }

    /// <summary>A request model read from a request fixture.</summary>
    protected static T Body<T>(string fixture)
        => JsonSerializer.Deserialize(Fixtures.Read(fixture), (JsonTypeInfo<T>)ZoomJsonContext.Default.GetTypeInfo(typeof(T))!)
           ?? throw new InvalidOperationException($"{fixture} is empty");

    protected static async Task VerifyAsync(OperationCase operation)
    {
        var (request, result) = await SendAsync(operation.Call, operation.ResponseFixture, operation.Status);

        Assert.That(request.Method.Method, Is.EqualTo(operation.Method), "method");
        Assert.That(request.PathAndQuery, Is.EqualTo(operation.PathAndQuery), "path and query");
        if (operation.RequestFixture is null)
        {
            Assert.That(request.Body, Is.Null.Or.Empty, "no body expected");
        }
        else
        {
            using var expected = JsonDocument.Parse(Fixtures.Read(operation.RequestFixture));
            Assert.That(request.Body, Is.Not.Null.And.Not.Empty, "the body was not sent");
            JsonEquivalence.AssertEquivalent(expected.RootElement, request.Json, namesOnly: false);
        }

        if (operation.ResponseFixture is null)
        {
            Assert.That(result, Is.Null);
            return;
        }

        Assert.That(result, Is.Not.Null, "the response was not deserialized");
        using var fixture = JsonDocument.Parse(Fixtures.Read(operation.ResponseFixture));
        var written = JsonSerializer.SerializeToElement(result, ZoomJsonContext.Default.GetTypeInfo(result!.GetType())!);
        JsonEquivalence.AssertEquivalent(fixture.RootElement, written, namesOnly: false);
        Assert.That(result.ToString(), Does.Not.Contain(SecretMarker), "a secret leaked into ToString()");
    }

    /// <summary>Every secret in the fixtures (passwords, tokens, keys, PINs) starts with this.</summary>
    public const string SecretMarker = "sEcr3t";
}
