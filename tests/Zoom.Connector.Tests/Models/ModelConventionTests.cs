using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;
using Refit;
using Zoom.Connector.Api;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Tests.Models;

/// <summary>Conventions every public model keeps: serializable through the source-generated context, and no secret in ToString().</summary>
public sealed partial class ModelConventionTests
{
    private const string SecretText = "s3cr3t-value";
    private const long SecretNumber = 86753091L;

    private static readonly Type[] Apis = [typeof(IZoomUsersApi), typeof(IZoomMeetingsApi), typeof(IZoomRecordingsApi)];

    private static IEnumerable<Type> PublicModels()
        => typeof(ZoomUser).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(ZoomUser).Namespace && t.IsClass && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    [Test]
    public void RefitInterfaces_EveryBodyAndResponseType_IsInZoomJsonContext()
    {
        var used = Apis.SelectMany(api => api.GetMethods())
            .SelectMany(m => m.GetParameters().Where(p => p.GetCustomAttribute<BodyAttribute>() is not null).Select(p => p.ParameterType)
                .Append(m.ReturnType.IsGenericType ? m.ReturnType.GetGenericArguments()[0] : typeof(void)))
            .Where(t => t != typeof(void) && t != typeof(HttpResponseMessage) && t != typeof(Stream) && !t.IsAssignableTo(typeof(HttpContent)))
            .Distinct()
            .ToList();

        var missing = used.Where(t => ZoomJsonContext.Default.GetTypeInfo(t) is null).Select(t => t.Name);

        Assert.That(used, Has.Count.GreaterThan(60), "the interfaces were not walked");
        Assert.That(missing, Is.Empty, "types used by the Refit interfaces but not registered in ZoomJsonContext");
    }

    [Test]
    public void ToString_EveryPublicModelWithSampleValues_PrintsNoSecretProperty()
    {
        var leaks = new List<string>();
        var secretsSeen = 0;
        foreach (var type in PublicModels())
        {
            var instance = Build(type, depth: 0);
            if (instance is null)
            {
                continue;
            }

            secretsSeen += SecretProperties(type).Count();
            var printed = instance.ToString()!;
            if (printed.Contains(SecretText, StringComparison.Ordinal) || printed.Contains(SecretNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                leaks.Add($"{type.Name}: {printed}");
            }
        }

        Assert.That(secretsSeen, Is.GreaterThan(20), "the scan found too few secret properties to be meaningful");
        Assert.That(leaks, Is.Empty);
    }

    [TestCase(typeof(MeetingRegistrantBatchRegistrant), "JoinUrl")]
    [TestCase(typeof(MeetingInviteLinksAttendee), "JoinUrl")]
    [TestCase(typeof(MeetingRegistrant), "JoinUrl")]
    [TestCase(typeof(MeetingRegistrant), "ParticipantPinCode")]
    [TestCase(typeof(MeetingLivestream), "StreamKey")]
    [TestCase(typeof(UserZak), "Token")]
    public void SecretProperties_KnownSecrets_AreRecognized(Type type, string property)
        => Assert.That(SecretProperties(type).Select(p => p.Name), Does.Contain(property));

    /// <summary>
    /// A property whose name says it holds a secret: a registrant's or attendee's join URL (it carries their
    /// token), a start URL, a password or passcode, a token, a ZAK, a stream key, a PIN or a host key.
    /// </summary>
    private static IEnumerable<PropertyInfo> SecretProperties(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Where(p => SecretName().IsMatch(p.Name)
                || (p.Name == "JoinUrl" && PersonalJoinUrlOwner().IsMatch(type.Name)));

    [GeneratedRegex("^(StartUrl|Zak|StreamKey|HostKey|.*Password.*|.*Passcode.*|(?!NextPage).*Token|.*Pin|.*PinCode|.*Secret)$")]
    private static partial Regex SecretName();

    [GeneratedRegex("Registrant|Attendee|Invitee")]
    private static partial Regex PersonalJoinUrlOwner();

    /// <summary>An instance with every settable property filled: secrets with a marker, the rest with plain values.</summary>
    private static object? Build(Type type, int depth)
    {
        var ctor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (ctor is null)
        {
            return null;
        }

        var secretNames = SecretProperties(type).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var args = ctor.GetParameters().Select(p => Sample(p.ParameterType, secretNames.Contains(p.Name!), depth)).ToArray();
        var instance = ctor.Invoke(args);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var value = Sample(property.PropertyType, secretNames.Contains(property.Name), depth);
            if (value is not null)
            {
                property.SetValue(instance, value);
            }
        }

        return instance;
    }

    private static object? Sample(Type type, bool secret, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return secret ? SecretText : "plain";
        }

        if (underlying == typeof(long))
        {
            return secret ? SecretNumber : 1L;
        }

        if (underlying == typeof(int))
        {
            return secret ? (int)(SecretNumber % int.MaxValue) : 1;
        }

        if (underlying == typeof(bool))
        {
            return true;
        }

        if (underlying == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        }

        if (underlying.Namespace == typeof(ZoomUser).Namespace && underlying.IsClass && depth < 2)
        {
            return Build(underlying, depth + 1);
        }

        return null;
    }
}
