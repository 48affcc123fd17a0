// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).
using System.Text.Json.Serialization;
using Zoom.Connector.Serialization;

namespace Zoom.Connector.Models;

/// <summary>Where a meeting poll stands: not started, running, ended, results shared, or deactivated; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingPollStatus>))]
public enum MeetingPollStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>notstart</c>.</summary>
    [JsonStringEnumMemberName("notstart")] Notstart,
    /// <summary><c>started</c>.</summary>
    [JsonStringEnumMemberName("started")] Started,
    /// <summary><c>ended</c>.</summary>
    [JsonStringEnumMemberName("ended")] Ended,
    /// <summary><c>sharing</c>.</summary>
    [JsonStringEnumMemberName("sharing")] Sharing,
    /// <summary><c>deactivated</c>.</summary>
    [JsonStringEnumMemberName("deactivated")] Deactivated,
}

/// <summary>A poll or quiz attached to a meeting: its questions, type and whether participants answer anonymously.</summary>
public sealed record MeetingPoll
{
    /// <summary>The poll ID.</summary>
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    /// <summary>The meeting poll's status.</summary>
    public MeetingPollStatus? Status { get; init; }

    /// <summary>Whether meeting participants can answer poll questions anonymously.</summary>
    public bool? Anonymous { get; init; }

    /// <summary>The kind of poll: 1 a poll, 2 an advanced poll, 3 a quiz.</summary>
    public int? PollType { get; init; }

    /// <summary>Information about the poll's questions.</summary>
    public IReadOnlyList<MeetingPollQuestion>? Questions { get; init; }

    /// <summary>The poll's title, up to 64 characters.</summary>
    public string? Title { get; init; }
}

/// <summary>The polls of a meeting: the response of <c>GET /meetings/{meetingId}/polls</c>.</summary>
public sealed record MeetingPollList
{
    /// <summary>An array of polls.</summary>
    public IReadOnlyList<MeetingPoll>? Polls { get; init; }

    /// <summary>The number of all records available across pages</summary>
    public int? TotalRecords { get; init; }
}

/// <summary>A poll to create or replace: the body of <c>POST /meetings/{meetingId}/polls</c> (meetingPollCreate) and <c>PUT /meetings/{meetingId}/polls/{pollId}</c> (meetingPollUpdate), and one item of a batch create.</summary>
public sealed record MeetingPollRequest
{
    /// <summary>Whether meeting participants answer poll questions anonymously.</summary>
    public bool? Anonymous { get; init; }

    /// <summary>The kind of poll: 1 a poll, 2 an advanced poll, 3 a quiz.</summary>
    public int? PollType { get; init; }

    /// <summary>The information about the poll's questions.</summary>
    public IReadOnlyList<MeetingPollQuestion>? Questions { get; init; }

    /// <summary>The poll's title, up to 64 characters.</summary>
    public string? Title { get; init; }
}

/// <summary>Zoom values of <c>MeetingPollQuestionType</c>; a value this version does not know reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(ZoomEnumConverter<MeetingPollQuestionType>))]
public enum MeetingPollQuestionType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary><c>single</c>.</summary>
    [JsonStringEnumMemberName("single")] SingleChoice,
    /// <summary><c>multiple</c>.</summary>
    [JsonStringEnumMemberName("multiple")] Multiple,
    /// <summary><c>matching</c>.</summary>
    [JsonStringEnumMemberName("matching")] Matching,
    /// <summary><c>rank_order</c>.</summary>
    [JsonStringEnumMemberName("rank_order")] RankOrder,
    /// <summary><c>short_answer</c>.</summary>
    [JsonStringEnumMemberName("short_answer")] ShortAnswer,
    /// <summary><c>long_answer</c>.</summary>
    [JsonStringEnumMemberName("long_answer")] LongAnswer,
    /// <summary><c>fill_in_the_blank</c>.</summary>
    [JsonStringEnumMemberName("fill_in_the_blank")] FillInTheBlank,
    /// <summary><c>rating_scale</c>.</summary>
    [JsonStringEnumMemberName("rating_scale")] RatingScale,
}

/// <summary>One question of a meeting poll or quiz, with its answer choices and, for quizzes, the right answers.</summary>
public sealed record MeetingPollQuestion
{
    /// <summary>The allowed maximum number of characters.</summary>
    public int? AnswerMaxCharacter { get; init; }

    /// <summary>The allowed minimum number of characters.</summary>
    public int? AnswerMinCharacter { get; init; }

    /// <summary>Whether participants must answer the question.</summary>
    public bool? AnswerRequired { get; init; }

    /// <summary>The poll question's available answers.</summary>
    public IReadOnlyList<string>? Answers { get; init; }

    /// <summary>Whether the correct answer is case sensitive.</summary>
    public bool? CaseSensitive { get; init; }

    /// <summary>The poll question's title.</summary>
    public string? Name { get; init; }

    /// <summary>The information about the prompt questions.</summary>
    public IReadOnlyList<MeetingPollQuestionPrompt>? Prompts { get; init; }

    /// <summary>The high score label for the rating_max_value field.</summary>
    public string? RatingMaxLabel { get; init; }

    /// <summary>The rating scale's maximum value.</summary>
    public int? RatingMaxValue { get; init; }

    /// <summary>The low score label for the rating_min_value field.</summary>
    public string? RatingMinLabel { get; init; }

    /// <summary>The rating scale's minimum value.</summary>
    public int? RatingMinValue { get; init; }

    /// <summary>The poll question's correct answer(s).</summary>
    public IReadOnlyList<string>? RightAnswers { get; init; }

    /// <summary>Whether to display the radio selection as a drop-down box.</summary>
    public bool? ShowAsDropdown { get; init; }

    /// <summary>The poll's question and answer type.</summary>
    public MeetingPollQuestionType? Type { get; init; }
}

/// <summary>One row of a matching or rank-order poll question, with its right answers.</summary>
public sealed record MeetingPollQuestionPrompt
{
    /// <summary>The question prompt's title.</summary>
    public string? PromptQuestion { get; init; }

    /// <summary>The question prompt's correct answers.</summary>
    public IReadOnlyList<string>? PromptRightAnswers { get; init; }
}

/// <summary>The polls made by one batch create: the response of <c>POST /meetings/{meetingId}/batch_polls</c> (createBatchPolls).</summary>
public sealed record MeetingPollBatch
{
    /// <summary>The polls created.</summary>
    public IReadOnlyList<MeetingPoll>? Polls { get; init; }
}

/// <summary>The body of <c>POST /meetings/{meetingId}/batch_polls</c> (createBatchPolls).</summary>
public sealed record MeetingPollBatchCreateRequest
{
    /// <summary>The information about the meeting's polls.</summary>
    public IReadOnlyList<MeetingPollRequest>? Polls { get; init; }
}
