using System.Globalization;
using Zoom.Connector.Models;

namespace Zoom.Connector.Testing;

/// <summary>Deterministic ids and secrets derived from the seed and a purpose (stable across processes).</summary>
internal sealed class SeedNames(int seed)
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public string Token(string purpose, int length) => Token(new Random(SeedData.Hash(seed, purpose)), length);

    public static string Token(Random random, int length)
        => string.Create(length, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[r.Next(Alphabet.Length)];
            }
        });
}

/// <summary>The generated account: realistic, deterministic users, meetings and recordings.</summary>
internal static class SeedData
{
    public const long SeedMeetingIdBase = 84_000_000_000;
    public const string AdminScopes = "user:read:admin user:write:admin meeting:read:admin meeting:write:admin recording:read:admin recording:write:admin";
    public const string UserScopes = "user:read meeting:read meeting:write recording:read";

    private static readonly string[] FirstNames =
    [
        "Avery", "Jordan", "Priya", "Mateo", "Hannah", "Kenji", "Amara", "Lukas", "Sofia", "Noah", "Chloe", "Ravi",
        "Elena", "Tomas", "Grace", "Yusuf", "Ingrid", "Diego", "Mei", "Oliver", "Fatima", "Liam", "Zara", "Henrik",
    ];

    private static readonly string[] LastNames =
    [
        "Morgan", "Patel", "Nakamura", "Silva", "Schmidt", "Okafor", "Johansson", "Garcia", "Chen", "Dubois", "Kowalski",
        "Haddad", "Fischer", "Rossi", "Andersen", "Moreau", "Kim", "Novak", "Singh", "Walsh", "Costa", "Berg",
    ];

    private static readonly string[] Departments = ["Engineering", "Sales", "Marketing", "Support", "Finance", "People", "Design", "Operations"];

    private static readonly string[] TimeZones =
    [
        "America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Berlin", "Europe/Paris",
        "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo",
    ];

    private static readonly string[] Topics =
    [
        "Weekly team sync", "Customer onboarding", "Quarterly planning", "Design review", "Sprint retrospective",
        "Product demo", "1:1 check-in", "Architecture deep dive", "Hiring panel", "Budget review", "Incident review",
    ];

    /// <summary>A stable hash (FNV-1a) of the seed and a purpose; <see cref="string.GetHashCode()"/> changes per process.</summary>
    public static int Hash(int seed, string purpose)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in purpose)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    public static Random RandomFor(int seed, int index, string purpose) => new(Hash(seed, purpose + ":" + index.ToString(CultureInfo.InvariantCulture)));

    public static ZoomUser CreateUser(int seed, int index, string accountId, DateTimeOffset epoch)
    {
        var random = RandomFor(seed, index, "user");
        var first = index == 0 ? "Avery" : FirstNames[random.Next(FirstNames.Length)];
        var last = index == 0 ? "Morgan" : LastNames[random.Next(LastNames.Length)];
        var id = SeedNames.Token(random, 22);
        var status = index == 0 ? UserStatus.Active
            : index % 23 == 7 ? UserStatus.Pending
            : index % 17 == 5 ? UserStatus.Inactive
            : UserStatus.Active;
        var pmi = 2_000_000_000L + random.NextInt64(7_999_999_999L);
        var created = epoch.AddDays(-random.Next(30, 1500)).AddMinutes(-random.Next(0, 1440));
        created = new DateTimeOffset(created.Year, created.Month, created.Day, created.Hour, created.Minute, created.Second, TimeSpan.Zero);
        var email = index == 0
            ? "avery.morgan@example.com"
            : string.Create(CultureInfo.InvariantCulture, $"{first}.{last}{index}@example.com").ToLowerInvariant();
        var timezone = index == 0 ? "America/New_York" : TimeZones[random.Next(TimeZones.Length)];
        return new ZoomUser
        {
            Id = status == UserStatus.Pending ? null : id,
            AccountId = accountId,
            AccountNumber = 10_000_000 + (Hash(0, accountId) % 89_999_999),
            Email = email,
            FirstName = first,
            LastName = last,
            DisplayName = first + " " + last,
            Type = index == 0 || random.Next(10) < 7 ? UserType.Licensed : UserType.Basic,
            Status = status,
            Pmi = status == UserStatus.Pending ? null : pmi,
            Timezone = timezone,
            Dept = Departments[random.Next(Departments.Length)],
            RoleId = index == 0 ? "0" : "2",
            RoleName = index == 0 ? "Owner" : "Member",
            Verified = status == UserStatus.Pending ? 0 : 1,
            CreatedAt = created,
            UserCreatedAt = status == UserStatus.Pending ? null : created,
            LastLoginTime = status == UserStatus.Active ? epoch.AddHours(-random.Next(1, 24 * 20)).AddMinutes(-random.Next(60)) is var login
                ? new DateTimeOffset(login.Year, login.Month, login.Day, login.Hour, login.Minute, 0, TimeSpan.Zero) : null : null,
            LastClientVersion = status == UserStatus.Active ? "6.2.11.57433(mac)" : null,
            Language = "en-US",
            PersonalMeetingUrl = status == UserStatus.Pending ? null : string.Create(CultureInfo.InvariantCulture, $"https://zoom.us/j/{pmi}"),
            UsePmi = false,
            Cluster = "us05",
            Jid = status == UserStatus.Pending ? null : id.ToLowerInvariant() + "@xmpp.zoom.us",
            LoginTypes = [100],
            Company = "Example Corp",
            JobTitle = index == 0 ? "IT Administrator" : null,
        };
    }

    /// <summary>The id of the <paramref name="k"/>-th generated meeting of the user at <paramref name="index"/>.</summary>
    public static long MeetingId(int index, int k) => SeedMeetingIdBase + (index * 1000L) + k;

    public static string Topic(Random random) => Topics[random.Next(Topics.Length)];

    public static string Category(HttpMethod method, string[] segments)
    {
        if (method != HttpMethod.Get)
        {
            return "Light";
        }

        return segments switch
        {
            ["users"] => "Medium",
            ["users", _, "meetings" or "recordings" or "settings" or "upcoming_meetings"] => "Medium",
            ["past_meetings", _, "instances" or "participants"] => "Medium",
            ["meetings", _, "registrants"] => "Medium",
            _ => "Light",
        };
    }

    public static List<PastMeetingParticipant> Participants(Random random, DateTimeOffset start, DateTimeOffset end, ZoomUser host)
    {
        var count = random.Next(3, 9);
        var list = new List<PastMeetingParticipant>(count);
        for (var i = 0; i < count; i++)
        {
            var isHost = i == 0;
            var first = isHost ? host.FirstName : FirstNames[random.Next(FirstNames.Length)];
            var last = isHost ? host.LastName : LastNames[random.Next(LastNames.Length)];
            var join = isHost ? start : start.AddMinutes(random.Next(0, 5));
            var leave = isHost ? end : end.AddMinutes(-random.Next(0, 5));
            list.Add(new PastMeetingParticipant
            {
                Id = SeedNames.Token(random, 22),
                Name = first + " " + last,
                UserId = isHost ? host.Id : null,
                UserEmail = isHost ? host.Email : string.Create(CultureInfo.InvariantCulture, $"{first}.{last}@guest.example.org").ToLowerInvariant(),
                JoinTime = join,
                LeaveTime = leave,
                Duration = (int)(leave - join).TotalSeconds,
                Failover = false,
                Status = "in_meeting",
                InternalUser = isHost,
            });
        }

        return list;
    }

    /// <summary>A meeting instance UUID (24 characters of base64); <paramref name="slash"/> makes one that needs double encoding.</summary>
    public static string InstanceUuid(Random random, bool slash)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        var text = Convert.ToBase64String(bytes);
        return slash ? "/" + text[1..] : text;
    }

    public static List<RecordingFile> RecordingFiles(Random random, string uuid, long meetingId, DateTimeOffset start, DateTimeOffset end)
    {
        RecordingFile File(string type, string extension, string recordingType, long size) => new()
        {
            Id = SeedNames.Token(random, 8).ToLowerInvariant() + "-" + SeedNames.Token(random, 4).ToLowerInvariant() + "-" + SeedNames.Token(random, 12).ToLowerInvariant(),
            MeetingId = uuid,
            RecordingStart = start,
            RecordingEnd = end,
            FileType = type,
            FileExtension = extension,
            FileSize = size,
            PlayUrl = string.Create(CultureInfo.InvariantCulture, $"https://zoom.us/rec/play/{SeedNames.Token(random, 24)}"),
            DownloadUrl = string.Create(CultureInfo.InvariantCulture, $"https://zoom.us/rec/download/{SeedNames.Token(random, 24)}"),
            Status = "completed",
            RecordingType = recordingType,
        };

        var minutes = Math.Max(1, (long)(end - start).TotalMinutes);
        return
        [
            File("MP4", "MP4", "shared_screen_with_speaker_view", minutes * 9_500_000 + random.Next(1_000_000)),
            File("M4A", "M4A", "audio_only", minutes * 480_000 + random.Next(100_000)),
            File("TRANSCRIPT", "VTT", "audio_transcript", minutes * 1_200 + random.Next(1_000)),
            new RecordingFile
            {
                MeetingId = uuid,
                RecordingStart = start,
                RecordingEnd = end,
                FileType = "TIMELINE",
                FileExtension = "JSON",
                DownloadUrl = string.Create(CultureInfo.InvariantCulture, $"https://zoom.us/rec/download/{SeedNames.Token(random, 24)}"),
            },
        ];
    }
}
