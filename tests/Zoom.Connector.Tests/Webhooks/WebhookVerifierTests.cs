using System.Text;
using NUnit.Framework;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.Tests.Webhooks;

[TestFixture]
public sealed class WebhookVerifierTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"event":"meeting.started","event_ts":1796212800000,"payload":{"account_id":"a1","object":{"id":123}}}""");

    [Test]
    public void ComputeSignature_KnownAnswer_MatchesAnIndependentHmac()
    {
        // Expected value computed outside .NET (Python's hmac module) for key "kat-secret-Zz9".
        const string expected = "v0=9e58c56604a49c5b62186c06f95cef33291e27dcf2339c1ef429cc3a6ce9d64c";

        Assert.That(ZoomWebhookVerifier.ComputeSignature("kat-secret-Zz9", "1796212800", Body), Is.EqualTo(expected));
        Assert.That(WebhookTestHost.Sign("kat-secret-Zz9", "1796212800", Body), Is.EqualTo(expected));
    }

    [Test]
    public void Verify_SignedByZoomsRule_IsValid()
    {
        using var host = WebhookTestHost.Create();
        var ts = WebhookTestHost.Seconds(WebhookTestHost.Now);

        var result = host.Get<ZoomWebhookVerifier>().Verify(Body, ts, WebhookTestHost.Sign(WebhookTestHost.Secret, ts, Body));

        Assert.That(result.Status, Is.EqualTo(ZoomWebhookVerificationStatus.Valid));
        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public void Verify_UpperCaseHexSignature_IsValid()
    {
        using var host = WebhookTestHost.Create();
        var ts = WebhookTestHost.Seconds(WebhookTestHost.Now);
        var signature = "v0=" + WebhookTestHost.Sign(WebhookTestHost.Secret, ts, Body)[3..].ToUpperInvariant();

        Assert.That(host.Get<ZoomWebhookVerifier>().Verify(Body, ts, signature).IsValid, Is.True);
    }

    [Test]
    public void Verify_TamperedBody_IsSignatureMismatch()
    {
        using var host = WebhookTestHost.Create();
        var ts = WebhookTestHost.Seconds(WebhookTestHost.Now);
        var signature = WebhookTestHost.Sign(WebhookTestHost.Secret, ts, Body);
        var tampered = (byte[])Body.Clone();
        tampered[^5] = (byte)'4';

        var result = host.Get<ZoomWebhookVerifier>().Verify(tampered, ts, signature);

        Assert.That(result.Status, Is.EqualTo(ZoomWebhookVerificationStatus.SignatureMismatch));
    }

    [Test]
    public void Verify_ReSerialisedBodyWithOtherWhitespace_IsSignatureMismatch()
    {
        using var host = WebhookTestHost.Create();
        var ts = WebhookTestHost.Seconds(WebhookTestHost.Now);
        var signature = WebhookTestHost.Sign(WebhookTestHost.Secret, ts, Body);
        var spaced = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace(":", ": ", StringComparison.Ordinal));

        Assert.That(host.Get<ZoomWebhookVerifier>().Verify(spaced, ts, signature).Status, Is.EqualTo(ZoomWebhookVerificationStatus.SignatureMismatch));
    }

    [Test]
    public void Verify_WrongSecret_IsSignatureMismatchAndReasonHoldsNoSecret()
    {
        using var host = WebhookTestHost.Create();
        var ts = WebhookTestHost.Seconds(WebhookTestHost.Now);
        var signature = WebhookTestHost.Sign("another-apps-secret", ts, Body);

        var result = host.Get<ZoomWebhookVerifier>().Verify(Body, ts, signature);

        Assert.That(result.Status, Is.EqualTo(ZoomWebhookVerificationStatus.SignatureMismatch));
        Assert.That(result.Reason, Does.Not.Contain(WebhookTestHost.Secret));
        Assert.That(result.Reason, Does.Not.Contain(signature[3..]));
        Assert.That(result.ToString(), Does.Not.Contain(WebhookTestHost.Secret));
    }

    [Test]
    public void Verify_ChangedTimestampWithSameSignature_IsSignatureMismatch()
    {
        using var host = WebhookTestHost.Create();
        var ts = WebhookTestHost.Seconds(WebhookTestHost.Now);
        var signature = WebhookTestHost.Sign(WebhookTestHost.Secret, ts, Body);

        var result = host.Get<ZoomWebhookVerifier>().Verify(Body, WebhookTestHost.Seconds(WebhookTestHost.Now.AddSeconds(1)), signature);

        Assert.That(result.Status, Is.EqualTo(ZoomWebhookVerificationStatus.SignatureMismatch));
    }

    [Test]
    public void Verify_TimestampOlderThanSkew_IsStale()
    {
        using var host = WebhookTestHost.Create();
        var ts = WebhookTestHost.Seconds(WebhookTestHost.Now);
        var signature = WebhookTestHost.Sign(WebhookTestHost.Secret, ts, Body);
        var verifier = host.Get<ZoomWebhookVerifier>();

        host.Time.Advance(TimeSpan.FromMinutes(5));
        var atEdge = verifier.Verify(Body, ts, signature);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var past = verifier.Verify(Body, ts, signature);

        Assert.That(atEdge.Status, Is.EqualTo(ZoomWebhookVerificationStatus.Valid));
        Assert.That(past.Status, Is.EqualTo(ZoomWebhookVerificationStatus.StaleTimestamp));
    }

    [Test]
    public void Verify_TimestampFurtherAheadThanSkew_IsFuture()
    {
        using var host = WebhookTestHost.Create(o => o.Webhooks.AllowedClockSkew = TimeSpan.FromSeconds(30));
        var ts = WebhookTestHost.Seconds(WebhookTestHost.Now.AddSeconds(31));

        var result = host.Get<ZoomWebhookVerifier>().Verify(Body, ts, WebhookTestHost.Sign(WebhookTestHost.Secret, ts, Body));

        Assert.That(result.Status, Is.EqualTo(ZoomWebhookVerificationStatus.FutureTimestamp));
    }

    [Test]
    public void Verify_MillisecondTimestamp_IsReadAsMilliseconds()
    {
        using var host = WebhookTestHost.Create();
        var ts = WebhookTestHost.Now.AddSeconds(-10).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = host.Get<ZoomWebhookVerifier>().Verify(Body, ts, WebhookTestHost.Sign(WebhookTestHost.Secret, ts, Body));

        Assert.That(result.Status, Is.EqualTo(ZoomWebhookVerificationStatus.Valid));
    }

    [TestCase(null, "1796212800", ZoomWebhookVerificationStatus.MissingSignature)]
    [TestCase("v0=00", null, ZoomWebhookVerificationStatus.MissingTimestamp)]
    [TestCase("v0=00", "12:00", ZoomWebhookVerificationStatus.MalformedTimestamp)]
    [TestCase("v0=00", "-1796212800", ZoomWebhookVerificationStatus.MalformedTimestamp)]
    [TestCase("v0=zz", "1796212800", ZoomWebhookVerificationStatus.MalformedSignature)]
    [TestCase("v1=9e58c56604a49c5b62186c06f95cef33291e27dcf2339c1ef429cc3a6ce9d64c", "1796212800", ZoomWebhookVerificationStatus.MalformedSignature)]
    [TestCase("v0=9e58c56604a49c5b62186c06f95cef33291e27dcf2339c1ef429cc3a6ce9d6zz", "1796212800", ZoomWebhookVerificationStatus.MalformedSignature)]
    public void Verify_BadHeaders_NameTheProblem(string? signature, string? timestamp, ZoomWebhookVerificationStatus expected)
    {
        using var host = WebhookTestHost.Create();

        Assert.That(host.Get<ZoomWebhookVerifier>().Verify(Body, timestamp, signature).Status, Is.EqualTo(expected));
    }

    [Test]
    public void CreateUrlValidationResponse_KnownAnswer_IsHexHmacOfPlainToken()
    {
        // Expected value computed outside .NET (Python's hmac module): hex(HMAC-SHA256("kat-secret-Zz9", "plain-Tok-123")).
        using var host = WebhookTestHost.Create(o => o.Webhooks.SecretToken = "kat-secret-Zz9");

        var answer = host.Get<ZoomWebhookVerifier>().CreateUrlValidationResponse("plain-Tok-123");

        Assert.That(answer.PlainToken, Is.EqualTo("plain-Tok-123"));
        Assert.That(answer.EncryptedToken, Is.EqualTo("0b3332555056ef4033b472bf4c8f427962c01431823f5dfc6a4e8c84b484f6e0"));
    }
}
