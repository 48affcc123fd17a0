// Models derived field by field from the Zoom API specs (see docs/api-coverage.md).

namespace Zoom.Connector.Models;

/// <summary>The survey shown to participants when a meeting ends: Zoom's own survey, or a link to a third-party one.</summary>
public sealed record MeetingSurvey
{
    /// <summary>Information about the customized meeting survey.</summary>
    public MeetingCustomSurvey? CustomSurvey { get; init; }

    /// <summary>Whether the Show in the browser when the meeting ends option is enabled.</summary>
    public bool? ShowInTheBrowser { get; init; }

    /// <summary>The link to the third party meeting survey.</summary>
    public string? ThirdPartySurvey { get; init; }
}

/// <summary>A survey built in Zoom: title, questions and whether answers are anonymous.</summary>
public sealed record MeetingCustomSurvey
{
    /// <summary>The survey's title, up to 64 characters.</summary>
    public string? Title { get; init; }

    /// <summary>Allow participants to anonymously answer survey questions.</summary>
    public bool? Anonymous { get; init; }

    /// <summary>Whether to display the number in the question name.</summary>
    public bool? NumberedQuestions { get; init; }

    /// <summary>Whether to display the question type in the question name.</summary>
    public bool? ShowQuestionType { get; init; }

    /// <summary>The survey's feedback, up to 320 characters.</summary>
    public string? Feedback { get; init; }

    /// <summary>Information about the meeting survey's questions.</summary>
    public IReadOnlyList<MeetingSurveyQuestion>? Questions { get; init; }
}

/// <summary>One question of an end-of-meeting survey, with its answer choices or rating scale.</summary>
public sealed record MeetingSurveyQuestion
{
    /// <summary>The survey question, up to 420 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The survey's question and answer type.</summary>
    public MeetingPollQuestionType? Type { get; init; }

    /// <summary>Whether participants must answer the question.</summary>
    public bool? AnswerRequired { get; init; }

    /// <summary>Whether to display the radio selection as a drop-down box.</summary>
    public bool? ShowAsDropdown { get; init; }

    /// <summary>The survey question's available answers.</summary>
    public IReadOnlyList<string>? Answers { get; init; }

    /// <summary>Information about the prompt questions.</summary>
    public IReadOnlyList<MeetingSurveyQuestionPrompt>? Prompts { get; init; }

    /// <summary>The allowed minimum number of characters.</summary>
    public int? AnswerMinCharacter { get; init; }

    /// <summary>The allowed maximum number of characters.</summary>
    public int? AnswerMaxCharacter { get; init; }

    /// <summary>The rating scale's minimum value.</summary>
    public int? RatingMinValue { get; init; }

    /// <summary>The rating scale's maximum value, up to a maximum value of 10.</summary>
    public int? RatingMaxValue { get; init; }

    /// <summary>The low score label used for the rating_min_value field, up to 50 characters.</summary>
    public string? RatingMinLabel { get; init; }

    /// <summary>The high score label used for the rating_max_value field, up to 50 characters.</summary>
    public string? RatingMaxLabel { get; init; }
}

/// <summary>One row of a matching or rank-order survey question.</summary>
public sealed record MeetingSurveyQuestionPrompt
{
    /// <summary>The question prompt's title.</summary>
    public string? PromptQuestion { get; init; }
}
