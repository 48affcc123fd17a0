using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using Refit;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Http;

/// <summary>
/// Formats path and query values the way Zoom reads them: booleans as <c>true</c>/<c>false</c>, enums by their
/// wire names (<c>upcoming_meetings</c>), dates as <c>yyyy-MM-dd</c>, numbers in the invariant culture.
/// </summary>
internal sealed class ZoomUrlParameterFormatter : DefaultUrlParameterFormatter
{
    private static readonly Dictionary<Type, Func<object, string>> EnumFormatters = [];

    static ZoomUrlParameterFormatter()
    {
        // Every enum an API method takes as a path or query value is listed here; an enum that is not falls back to
        // its number, which is what Zoom expects of its numeric enums.
        Register<UserStatus>();
        Register<MeetingListType>();
        Register<MeetingType>();
        Register<RecordingDeleteAction>();
    }

    public static void Register<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>()
        where TEnum : struct, Enum
    {
        lock (EnumFormatters)
        {
            EnumFormatters[typeof(TEnum)] = static value => ZoomEnums.ToWireString((TEnum)value);
        }
    }

    public override string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type)
    {
        switch (value)
        {
            case null:
                return null;
            case bool flag:
                return flag ? "true" : "false";
            case DateOnly date when !HasFormat(attributeProvider):
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case Enum:
                Func<object, string>? formatter;
                lock (EnumFormatters)
                {
                    EnumFormatters.TryGetValue(value.GetType(), out formatter);
                }

                return formatter is not null
                    ? formatter(value)
                    : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            default:
                return base.Format(value, attributeProvider, type);
        }
    }

    private static bool HasFormat(ICustomAttributeProvider provider)
        => provider.GetCustomAttributes(typeof(QueryAttribute), true).OfType<QueryAttribute>().Any(q => !string.IsNullOrEmpty(q.Format));
}
