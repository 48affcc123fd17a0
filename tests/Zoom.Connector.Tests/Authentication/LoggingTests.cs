using System.Net;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Authentication;

namespace Zoom.Connector.Tests.Authentication;

public sealed class LoggingTests
{
    [Test]
    public async Task WholeTokenLifecycle_DebugLogs_ContainNoTokenSecretOrCode()
    {
        const string code = "authorization-code-Qw8";
        var exceptions = new List<Exception>();

        using (var host = OAuthTestHost.ServerToServer())
        {
            host.AnswerUsersMe(bearer => bearer != "s2s-access-1");
            await host.Get<IZoomUsersApi>().GetUserAsync("me");
            AssertClean(host, exceptions, code, ["s2s-access-1", "s2s-access-2", OAuthTestHost.ServiceClientSecret]);
        }

        using (var host = OAuthTestHost.WithUserActions())
        {
            host.AnswerUsersMe(bearer => bearer != "access-1");
            var request = host.Flow.CreateAuthorizationRequest("alice");
            await host.Flow.CompleteAuthorizationAsync(request.State, code);
            await host.Users.ForUser("alice").Users.GetUserAsync("me");   // 401 -> rotate -> resend
            host.Time.Advance(TimeSpan.FromHours(2));
            await host.Users.ForUser("alice").Users.GetUserAsync("me");   // expired -> rotate
            exceptions.Add(Assert.ThrowsAsync<ZoomAuthorizationStateException>(() => host.Flow.CompleteAuthorizationAsync(request.State, code))!);
            await host.Flow.SignOutAsync("alice");

            await host.SeedAsync("bob", "access-bob", "refresh-bob", TimeSpan.Zero);
            host.OAuth.FailWith = (HttpStatusCode.BadRequest, "OAuth/error-invalid-grant.json");
            exceptions.Add(Assert.ThrowsAsync<ZoomReauthorizationRequiredException>(() => host.Users.ForUser("bob").Users.GetUserAsync("me"))!);
            exceptions.Add(Assert.ThrowsAsync<ZoomOAuthException>(() => host.Flow.CompleteAuthorizationAsync(host.Flow.CreateAuthorizationRequest("carol").State, code))!);

            Assert.That(host.Logs.Lines.Any(l => l.StartsWith("Debug", StringComparison.Ordinal) && l.Contains("Stored the rotated Zoom tokens of identity alice", StringComparison.Ordinal)),
                "the capture sees the connector's Debug lines");
            AssertClean(host, exceptions, code,
                ["access-1", "refresh-1", "access-2", "refresh-2", "access-3", "refresh-3", "access-bob", "refresh-bob", OAuthTestHost.UserClientSecret, OAuthTestHost.FixedServiceToken]);
        }
    }

    private static void AssertClean(OAuthTestHost host, List<Exception> exceptions, string code, string[] secrets)
    {
        var lines = host.Logs.Lines;
        Assert.That(lines, Is.Not.Empty);
        var texts = lines.Concat(exceptions.Select(e => e.ToString())).ToArray();
        foreach (var secret in secrets.Append(code))
        {
            Assert.That(texts, Has.None.Contain(secret), $"a log line or exception contains the secret '{secret}'");
        }
    }
}
