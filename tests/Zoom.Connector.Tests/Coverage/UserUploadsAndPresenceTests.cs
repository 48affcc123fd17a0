using System.Net;
using System.Text;
using NUnit.Framework;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Tests.Infrastructure;

namespace Zoom.Connector.Tests.Coverage;

/// <summary>The Users operations that are multipart uploads or absent from the bundled specs.</summary>
public sealed class UserUploadsAndPresenceTests : ApiTestBase
{
    private static IZoomUsersApi Users(ZoomTestHost host) => host.Get<IZoomUsersApi>();

    [Test]
    public async Task UploadUserPicture_Stream_SendsMultipartPicFile()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        using var stream = new MemoryStream(png);
        var request = await SendAsync(h => Users(h).UploadUserPictureAsync("me", new Refit.StreamPart(stream, "me.png", "image/png")), HttpStatusCode.Created);

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/me/picture"));
        Assert.That(request.Body, Does.Contain("name=pic_file").And.Contain("filename=me.png"));
        Assert.That(request.Body, Does.Contain("Content-Type: image/png"));
    }

    [Test]
    public async Task UploadUserVirtualBackground_Bytes_SendsMultipartFileAndReadsResult()
    {
        var jpeg = Encoding.ASCII.GetBytes("JFIF-fake-image-bytes");
        var (request, uploaded) = await SendAsync(
            h => Users(h).UploadUserVirtualBackgroundAsync("u1", new Refit.ByteArrayPart(jpeg, "office-plants.jpg", "image/jpeg")),
            "uploadVBuser.json",
            HttpStatusCode.Created);

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/u1/settings/virtual_backgrounds"));
        Assert.That(request.Body, Does.Contain("name=file").And.Contain("filename=office-plants.jpg").And.Contain("JFIF-fake-image-bytes"));
        Assert.That(uploaded.Id, Is.EqualTo("Qv7kLm2PzN0aB4cD8eF1gH"));
        Assert.That(uploaded.Size, Is.EqualTo(248133));
        Assert.That(uploaded.IsDefault, Is.False);
    }

    [Test]
    public async Task GetUserPresenceStatus_ReadsStatusAndKeepsUnknownFields()
    {
        var (request, presence) = await SendAsync(h => Users(h).GetUserPresenceStatusAsync("me"), "getUserPresenceStatus.json");

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/me/presence_status"));
        Assert.That(presence.Status, Is.EqualTo(UserPresenceStatus.Away));
        Assert.That(presence.RemainingTime, Is.EqualTo(42));
        Assert.That(presence.AdditionalProperties, Does.ContainKey("status_message"));
    }

    [Test]
    public async Task ListMeetingSummaryTemplates_ReadsIdsAsStringsEvenWhenNumeric()
    {
        var (request, templates) = await SendAsync(h => Users(h).ListMeetingSummaryTemplatesAsync("me"), "Getmeetingsummarytemplates.json");

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(request.PathAndQuery, Is.EqualTo("/v2/users/me/meeting_summary_templates"));
        Assert.That(templates.TotalRecords, Is.EqualTo(2));
        Assert.That(templates.SummaryTemplates!.Select(t => t.TemplateId), Is.EqualTo(new[] { "8f1c2d3e", "771203" }));
    }
}
