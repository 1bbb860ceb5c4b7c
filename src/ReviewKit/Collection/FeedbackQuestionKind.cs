namespace ReviewKit.Collection;

/// <summary>The kind of a <see cref="FeedbackQuestion"/>, which says what answer it takes.</summary>
public enum FeedbackQuestionKind
{
    /// <summary>A score on a rating scale (for example 1 to 5 stars); answered with <see cref="FeedbackAnswer.Score"/>.</summary>
    Rating = 1,

    /// <summary>The Net Promoter Score question, a whole number from 0 to 10; answered with <see cref="FeedbackAnswer.Score"/>.</summary>
    NetPromoterScore = 2,

    /// <summary>One choice among the question's choices; answered with <see cref="FeedbackAnswer.Choice"/>.</summary>
    SingleChoice = 3,

    /// <summary>Any number of the question's choices; answered with <see cref="FeedbackAnswer.Choices"/>.</summary>
    MultipleChoice = 4,

    /// <summary>Free text; answered with <see cref="FeedbackAnswer.Text"/>.</summary>
    FreeText = 5,
}
