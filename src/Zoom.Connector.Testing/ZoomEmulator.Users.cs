using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zoom.Connector.Models;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Testing;

public sealed partial class ZoomEmulator
{
    /// <summary>A snapshot of every user of the account (pending users have no id).</summary>
    public IReadOnlyList<ZoomUser> Users
    {
        get
        {
            using (Read())
            {
                return [.. _users.Select(u => u.User)];
            }
        }
    }

    /// <summary>The user with this id or email, or <see langword="null"/>.</summary>
    /// <param name="idOrEmail">A user id or an email.</param>
    public ZoomUser? FindUser(string idOrEmail)
    {
        ArgumentNullException.ThrowIfNull(idOrEmail);
        using (Read())
        {
            return FindUserState(idOrEmail)?.User;
        }
    }

    /// <summary>Adds an active (or <paramref name="status"/>) user directly, as if an admin had created it in the web portal.</summary>
    /// <param name="email">The email (unique in the account).</param>
    /// <param name="firstName">First name.</param>
    /// <param name="lastName">Last name.</param>
    /// <param name="type">Licence type. Default Licensed.</param>
    /// <param name="status">Status. Default active; pending users get no id.</param>
    /// <param name="timezone">Time zone. Default <c>UTC</c>.</param>
    public ZoomUser AddUser(string email, string firstName, string lastName, UserType type = UserType.Licensed, UserStatus status = UserStatus.Active, string? timezone = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        using (Write())
        {
            if (_usersByEmail.ContainsKey(email))
            {
                throw new ArgumentException($"The emulator already has a user with email '{email}'.", nameof(email));
            }

            var user = NewUser(email, firstName, lastName, type, status, timezone ?? "UTC");
            AddUserState(new UserState(-1, user) { ContentMaterialized = true });
            return user;
        }
    }

    /// <summary>Changes a user directly (for tests that change data between sync runs).</summary>
    /// <param name="idOrEmail">The user's id or email.</param>
    /// <param name="update">Returns the changed user; the id cannot change.</param>
    public ZoomUser UpdateUser(string idOrEmail, Func<ZoomUser, ZoomUser> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        using (Write())
        {
            var state = FindUserState(idOrEmail) ?? throw new ArgumentException($"The emulator has no user '{idOrEmail}'.", nameof(idOrEmail));
            var changed = update(state.User);
            if (changed.Id != state.User.Id)
            {
                throw new ArgumentException("A user's id cannot change.", nameof(update));
            }

            if (!string.Equals(changed.Email, state.User.Email, StringComparison.OrdinalIgnoreCase))
            {
                if (changed.Email is null || _usersByEmail.ContainsKey(changed.Email))
                {
                    throw new ArgumentException($"The email '{changed.Email}' is missing or already taken.", nameof(update));
                }

                _usersByEmail.Remove(state.User.Email!);
                _usersByEmail[changed.Email] = state;
            }

            state.User = changed;
            return changed;
        }
    }

    /// <summary>Removes a user (not the account owner) with their meetings and recordings. Returns whether the user existed.</summary>
    /// <param name="idOrEmail">The user's id or email.</param>
    public bool DeleteUser(string idOrEmail)
    {
        using (Write())
        {
            var state = FindUserState(idOrEmail);
            if (state is null)
            {
                return false;
            }

            if (state.User.Id == AdminUserId)
            {
                throw new ArgumentException("The account owner cannot be deleted: the admin token and 'me' resolve to it.", nameof(idOrEmail));
            }

            RemoveUser(state, transferTo: null);
            return true;
        }
    }

    private void AddUserState(UserState state)
    {
        _users.Add(state);
        if (state.SeedIndex >= 0)
        {
            _seedUsers[state.SeedIndex] = state;
        }

        if (state.User.Id is { } id)
        {
            _usersById[id] = state;
        }

        _usersByEmail[state.User.Email!] = state;
    }

    private UserState? FindUserState(string idOrEmail)
        => _usersById.TryGetValue(idOrEmail, out var byId) ? byId
            : _usersByEmail.TryGetValue(idOrEmail, out var byEmail) ? byEmail
            : null;

    private ZoomUser NewUser(string email, string? firstName, string? lastName, UserType type, UserStatus status, string timezone)
    {
        var now = _time.GetUtcNow();
        var id = NewSecret(22);
        var pmi = 2_000_000_000L + _random.NextInt64(7_999_999_999L);
        return new ZoomUser
        {
            Id = id,
            AccountId = ServiceAccountId,
            Email = email,
            FirstName = firstName,
            LastName = lastName,
            DisplayName = $"{firstName} {lastName}".Trim(),
            Type = type,
            Status = status,
            Pmi = pmi,
            Timezone = timezone,
            RoleId = "2",
            RoleName = "Member",
            Verified = status == UserStatus.Pending ? 0 : 1,
            CreatedAt = now,
            UserCreatedAt = now,
            Language = "en-US",
            PersonalMeetingUrl = $"https://zoom.us/j/{pmi}",
            UsePmi = false,
            Cluster = "us05",
            LoginTypes = [100],
        };
    }

    private void RemoveUser(UserState state, UserState? transferTo)
    {
        _users.Remove(state);
        _seedUsers.Remove(state.SeedIndex);
        if (state.User.Id is { } id)
        {
            _usersById.Remove(id);
            EnsureContent(state);
            foreach (var meeting in _meetings.Values.Where(m => m.HostId == id).ToList())
            {
                if (transferTo?.User.Id is { } newHost)
                {
                    meeting.Meeting = meeting.Meeting with { HostId = newHost, HostEmail = transferTo.User.Email };
                }
                else
                {
                    _meetings.Remove(meeting.Meeting.Id);
                }
            }

            _recordings.RemoveAll(r => r.HostId == id);
            foreach (var token in _accessTokens.Where(p => p.Value.UserId == id).Select(p => p.Key).ToList())
            {
                _accessTokens.Remove(token);
            }
        }

        _usersByEmail.Remove(state.User.Email!);
    }

    /// <summary>Resolves a <c>userId</c> path value (<c>me</c>, an id or an email) for the caller's token.</summary>
    private Reply? ResolveUser(ApiRequest request, string userId, out UserState user)
    {
        user = null!;
        var grant = request.Grant;
        var found = userId.Equals("me", StringComparison.OrdinalIgnoreCase) ? FindUserState(grant.UserId) : FindUserState(userId);
        if (found is null || (!grant.AccountLevel && found.User.Id != grant.UserId))
        {
            // User-level tokens must use "me" (or their own id); Zoom answers 1001 for anyone else.
            return Reply.UserNotFound(userId);
        }

        user = found;
        return null;
    }

    private Reply RouteUsers(ApiRequest request, DateTimeOffset now)
    {
        var s = request.Segments;
        var m = request.Method;
        if (s.Length == 1)
        {
            return m == HttpMethod.Get ? ListUsers(request, now)
                : m == HttpMethod.Post ? CreateUser(request)
                : MethodNotAllowed();
        }

        if (s.Length == 2 && s[1] == "email")
        {
            return m == HttpMethod.Get ? CheckEmail(request) : MethodNotAllowed();
        }

        var error = ResolveUser(request, s[1], out var user);
        if (error is not null)
        {
            return error;
        }

        if (s.Length == 2)
        {
            return m == HttpMethod.Get ? Reply.Ok(user.User, ZoomJsonContext.Default.ZoomUser)
                : m == HttpMethod.Patch ? UpdateUserFromApi(request, user)
                : m == HttpMethod.Delete ? DeleteUserFromApi(request, user)
                : MethodNotAllowed();
        }

        if (s.Length == 3)
        {
            return (s[2], m.Method) switch
            {
                ("status", "PUT") => UpdateUserStatus(request, user),
                ("settings", "GET") => UserSettingsReply(user),
                ("meetings", "GET") => ListMeetings(request, user, now),
                ("meetings", "POST") => CreateMeetingFromApi(request, user, now),
                ("upcoming_meetings", "GET") => ListUpcomingMeetings(user, now),
                ("recordings", "GET") => ListRecordings(request, user, now),
                _ => NotFound(),
            };
        }

        return NotFound();
    }

    private Reply ListUsers(ApiRequest request, DateTimeOffset now)
    {
        var status = UserStatus.Active;
        if (request.Q("status") is { } statusText)
        {
            status = statusText switch
            {
                "active" => UserStatus.Active,
                "inactive" => UserStatus.Inactive,
                "pending" => UserStatus.Pending,
                _ => UserStatus.Unknown,
            };
            if (status == UserStatus.Unknown)
            {
                return Reply.Validation(new ZoomFieldError("status", "Invalid field."));
            }
        }

        var roleId = request.Q("role_id");
        var matching = _users.Where(u => u.User.Status == status && (roleId is null || u.User.RoleId == roleId)).ToList();
        var error = Page(request, matching, now, out var page, out var next, out var size, out var number);
        if (error is not null)
        {
            return error;
        }

        var list = new UserList
        {
            PageCount = (matching.Count + size - 1) / size,
            PageNumber = number,
            PageSize = size,
            TotalRecords = matching.Count,
            NextPageToken = next,
            Users = [.. page.Select(u => ListView(u.User))],
        };
        return Reply.Ok(list, ZoomJsonContext.Default.UserList);
    }

    private static ZoomUser ListView(ZoomUser user) => user with
    {
        Id = user.Status == UserStatus.Pending ? null : user.Id,
        AccountId = null,
        AccountNumber = null,
        RoleName = null,
        Language = null,
        PersonalMeetingUrl = null,
        Cluster = null,
        Jid = null,
        LoginTypes = null,
        UsePmi = null,
        Company = null,
        JobTitle = null,
        HostKey = null,
    };

    private Reply CheckEmail(ApiRequest request)
    {
        var email = request.Q("email");
        if (email is null)
        {
            return Reply.Validation(new ZoomFieldError("email", "This field is required."));
        }

        return Reply.Ok(new UserEmailCheck { ExistedEmail = _usersByEmail.ContainsKey(email) }, ZoomJsonContext.Default.UserEmailCheck);
    }

    private Reply CreateUser(ApiRequest request)
    {
        UserCreateRequest? body;
        try
        {
            body = JsonSerializer.Deserialize(request.Body, ZoomJsonContext.Default.UserCreateRequest);
        }
        catch (JsonException)
        {
            return Reply.Validation(new ZoomFieldError("user_info", "Invalid field."));
        }

        if (body is null)
        {
            return Reply.Validation(new ZoomFieldError("user_info", "This field is required."));
        }

        var errors = new List<ZoomFieldError>();
        if (body.Action is not ("create" or "autoCreate" or "custCreate" or "ssoCreate"))
        {
            errors.Add(new("action", "Invalid field."));
        }

        var info = body.UserInfo;
        if (string.IsNullOrWhiteSpace(info.Email) || info.Email.Length > 128 || !info.Email.Contains('@', StringComparison.Ordinal) || info.Email.StartsWith('@') || info.Email.EndsWith('@'))
        {
            errors.Add(new("user_info.email", "Invalid field."));
        }

        if (info.FirstName?.Length > 64)
        {
            errors.Add(new("user_info.first_name", "Length must be at most 64."));
        }

        if (info.LastName?.Length > 64)
        {
            errors.Add(new("user_info.last_name", "Length must be at most 64."));
        }

        if (info.DisplayName?.Length > 128)
        {
            errors.Add(new("user_info.display_name", "Length must be at most 128."));
        }

        if (info.Type is not (UserType.Basic or UserType.Licensed or UserType.NoMeetingLicense or UserType.None) || (info.Type == UserType.None && body.Action != "ssoCreate"))
        {
            errors.Add(new("user_info.type", "Invalid field."));
        }

        if (info.Password is not null && (body.Action != "autoCreate" || info.Password.Length is < 8 or > 32))
        {
            errors.Add(new("user_info.password", "Invalid field."));
        }

        if (errors.Count > 0)
        {
            return Reply.Validation([.. errors]);
        }

        if (_usersByEmail.ContainsKey(info.Email))
        {
            return Reply.Error(HttpStatusCode.Conflict, 1005, $"User already in the account: {info.Email}.");
        }

        var status = body.Action == "create" ? UserStatus.Pending : UserStatus.Active;
        var user = NewUser(info.Email, info.FirstName, info.LastName, info.Type, status, "UTC");
        if (info.DisplayName is not null)
        {
            user = user with { DisplayName = info.DisplayName };
        }

        AddUserState(new UserState(-1, user) { ContentMaterialized = true });
        return Reply.Json(HttpStatusCode.Created,
            new UserCreated { Id = user.Id, Email = user.Email, FirstName = user.FirstName, LastName = user.LastName, Type = user.Type },
            ZoomJsonContext.Default.UserCreated);
    }

    private static Reply UpdateUserFromApi(ApiRequest request, UserState state)
    {
        var patch = JsonSerializer.Deserialize(request.Body, ZoomJsonContext.Default.UserUpdateRequest);
        if (patch is null)
        {
            return Reply.Validation(new ZoomFieldError("body", "This field is required."));
        }

        var errors = new List<ZoomFieldError>();
        if (patch.FirstName?.Length > 64)
        {
            errors.Add(new("first_name", "Length must be at most 64."));
        }

        if (patch.LastName?.Length > 64)
        {
            errors.Add(new("last_name", "Length must be at most 64."));
        }

        if (patch.Pmi is { } pmi && pmi is < 1_000_000_000 or > 9_999_999_999)
        {
            errors.Add(new("pmi", "PMI must be 10 digits."));
        }

        if (patch.Timezone is { } tz && !TryTimeZone(tz, out _))
        {
            errors.Add(new("timezone", "Invalid field."));
        }

        if (patch.Type is { } type && type is not (UserType.Basic or UserType.Licensed or UserType.NoMeetingLicense or UserType.None))
        {
            errors.Add(new("type", "Invalid field."));
        }

        if (errors.Count > 0)
        {
            return Reply.Validation([.. errors]);
        }

        var u = state.User;
        var firstName = patch.FirstName ?? u.FirstName;
        var lastName = patch.LastName ?? u.LastName;
        state.User = u with
        {
            FirstName = firstName,
            LastName = lastName,
            DisplayName = patch.DisplayName ?? (patch.FirstName is not null || patch.LastName is not null ? $"{firstName} {lastName}".Trim() : u.DisplayName),
            Type = patch.Type ?? u.Type,
            Pmi = patch.Pmi ?? u.Pmi,
            UsePmi = patch.UsePmi ?? u.UsePmi,
            Timezone = patch.Timezone ?? u.Timezone,
            Language = patch.Language ?? u.Language,
            Dept = patch.Dept ?? u.Dept,
            VanityUrl = patch.VanityName is { } vanity ? $"https://zoom.us/my/{vanity}" : u.VanityUrl,
            Company = patch.Company ?? u.Company,
            JobTitle = patch.JobTitle ?? u.JobTitle,
            Location = patch.Location ?? u.Location,
            Manager = patch.Manager ?? u.Manager,
            Pronouns = patch.Pronouns ?? u.Pronouns,
            EmployeeUniqueId = patch.EmployeeUniqueId ?? u.EmployeeUniqueId,
            GroupIds = patch.GroupId is { } group ? [.. u.GroupIds ?? [], group] : u.GroupIds,
        };
        return Reply.NoContent();
    }

    private Reply DeleteUserFromApi(ApiRequest request, UserState state)
    {
        var action = request.Q("action") ?? "disassociate";
        if (action is not ("disassociate" or "delete"))
        {
            return Reply.Validation(new ZoomFieldError("action", "Invalid field."));
        }

        if (state.User.Id == AdminUserId)
        {
            return Reply.Invalid("The account owner cannot be deleted.");
        }

        UserState? transferTo = null;
        if (request.Q("transfer_email") is { } transferEmail && request.Q("transfer_meeting") == "true")
        {
            transferTo = FindUserState(transferEmail);
            if (transferTo?.User.Id is null)
            {
                return Reply.UserNotFound(transferEmail);
            }

            EnsureContent(transferTo);
        }

        RemoveUser(state, transferTo);
        return Reply.NoContent();
    }

    private Reply UpdateUserStatus(ApiRequest request, UserState state)
    {
        var action = ReadAction(request.Body);
        switch (action)
        {
            case "activate":
                state.User = state.User with { Status = UserStatus.Active };
                return Reply.NoContent();
            case "deactivate" when state.User.Id == AdminUserId:
                return Reply.Invalid("The account owner cannot be deactivated.");
            case "deactivate":
                state.User = state.User with { Status = UserStatus.Inactive };
                return Reply.NoContent();
            default:
                return Reply.Validation(new ZoomFieldError("action", "Invalid field."));
        }
    }

    private static Reply UserSettingsReply(UserState state)
    {
        var s = state.Settings;
        JsonElement Group(JsonObject value) => JsonSerializer.SerializeToElement(value, EmulatorJsonContext.Default.JsonObject);
        var settings = new UserSettings
        {
            ScheduleMeeting = Group(new JsonObject
            {
                ["host_video"] = s.HostVideo,
                ["participants_video"] = s.ParticipantsVideo,
                ["join_before_host"] = s.JoinBeforeHost,
                ["require_password_for_scheduling_new_meetings"] = true,
                ["default_password_for_scheduled_meetings"] = string.Empty,
                ["use_pmi_for_scheduled_meetings"] = false,
            }),
            InMeeting = Group(new JsonObject { ["waiting_room"] = s.WaitingRoom, ["chat"] = true, ["screen_sharing"] = true }),
            Recording = Group(new JsonObject { ["cloud_recording"] = s.CloudRecording, ["auto_recording"] = s.AutoRecording, ["local_recording"] = true }),
            Telephony = Group(new JsonObject { ["audio_type"] = "both", ["show_international_numbers_link"] = true }),
            Feature = Group(new JsonObject { ["meeting_capacity"] = state.User.Type == UserType.Licensed ? 300 : 100, ["large_meeting"] = false }),
            EmailNotification = Group(new JsonObject { ["jbh_reminder"] = true, ["cancel_meeting_reminder"] = true }),
        };
        return Reply.Ok(settings, ZoomJsonContext.Default.UserSettings);
    }
}
