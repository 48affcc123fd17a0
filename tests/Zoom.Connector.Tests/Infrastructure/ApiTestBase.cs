using System.Net;
using System.Text;
using NUnit.Framework;
using RichardSzalay.MockHttp;

namespace Zoom.Connector.Tests.Infrastructure;

/// <summary>Calls one operation through the real DI pipeline and returns what went on the wire.</summary>
public abstract class ApiTestBase
{
    protected static async Task<(CapturedRequest Request, T Result)> SendAsync<T>(
        Func<ZoomTestHost, Task<T>> call,
        string? responseFixture = null,
        HttpStatusCode status = HttpStatusCode.OK)
    {
        using var host = ZoomTestHost.Create();
        CapturedRequest? captured = null;
        host.Mock.When("*").Respond(async request =>
        {
            captured = await CapturedRequest.FromAsync(request);
            var response = new HttpResponseMessage(status);
            if (responseFixture is not null)
            {
                response.Content = new StringContent(Fixtures.Read(responseFixture), Encoding.UTF8, "application/json");
            }

            return response;
        });

        var result = await call(host);
        Assert.That(captured, Is.Not.Null, "no request was sent");
        Assert.That(captured!.Authorization, Is.EqualTo("Bearer " + ZoomTestHost.AccessToken));
        return (captured, result);
    }

    protected static async Task<CapturedRequest> SendAsync(Func<ZoomTestHost, Task> call, HttpStatusCode status = HttpStatusCode.NoContent)
    {
        var (request, _) = await SendAsync(async host => { await call(host); return true; }, null, status);
        return request;
    }
}
