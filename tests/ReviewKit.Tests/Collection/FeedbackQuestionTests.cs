using ReviewKit.Collection;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Collection;

public class FeedbackQuestionTests
{
    [Fact]
    public void SingleChoice_KeepsTheChoicesInOrder()
    {
        var question = FeedbackQuestion.SingleChoice("accueil", "Comment avez-vous été accueilli ?", ["Bien", "Moyen", "Mal"], isRequired: false);

        Assert.Equal(["Bien", "Moyen", "Mal"], question.Choices.ToArray());
        Assert.Equal(FeedbackQuestionKind.SingleChoice, question.Kind);
        Assert.False(question.IsRequired);
        Assert.Null(question.Scale);
    }

    [Fact]
    public void NetPromoterScore_HasTheNpsScale()
    {
        Assert.Equal(RatingScale.NetPromoterScore, FeedbackQuestion.NetPromoterScore("nps", "Recommend?").Scale);
    }

    [Fact]
    public void Equals_SameDefinition_IsEqual()
    {
        Assert.Equal(FeedbackQuestion.MultipleChoice("p", "P", ["a", "b"]), FeedbackQuestion.MultipleChoice("p", "P", ["a", "b"]));
        Assert.NotEqual(FeedbackQuestion.MultipleChoice("p", "P", ["a", "b"]), FeedbackQuestion.MultipleChoice("p", "P", ["b", "a"]));
    }

    [Fact]
    public void SingleChoice_NoChoice_Throws()
    {
        Assert.Equal("choices", Assert.Throws<ArgumentException>(() => FeedbackQuestion.SingleChoice("q", "Q", [])).ParamName);
    }

    [Fact]
    public void MultipleChoice_DuplicateChoice_Throws()
    {
        Assert.Equal("choices", Assert.Throws<ArgumentException>(() => FeedbackQuestion.MultipleChoice("q", "Q", ["Délai", "Délai"])).ParamName);
    }

    [Fact]
    public void MultipleChoice_BlankChoice_Throws()
    {
        Assert.Equal("choices", Assert.Throws<ArgumentException>(() => FeedbackQuestion.MultipleChoice("q", "Q", ["ok", " "])).ParamName);
    }

    [Fact]
    public void SingleChoice_NullChoices_Throws()
    {
        Assert.Equal("choices", Assert.Throws<ArgumentNullException>(() => FeedbackQuestion.SingleChoice("q", "Q", null!)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("é")]
    public void FreeText_BadId_Throws(string id)
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => FeedbackQuestion.FreeText(id, "Label")).ParamName);
    }

    [Fact]
    public void FreeText_BlankLabel_Throws()
    {
        Assert.Equal("label", Assert.Throws<ArgumentException>(() => FeedbackQuestion.FreeText("t", " ")).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_001)]
    public void FreeText_MaxLengthOutOfRange_Throws(int maxLength)
    {
        Assert.Equal("maxLength", Assert.Throws<ArgumentOutOfRangeException>(() => FeedbackQuestion.FreeText("t", "T", maxLength: maxLength)).ParamName);
    }

    [Fact]
    public void Rating_DefaultScale_Throws()
    {
        Assert.Equal("scale", Assert.Throws<ArgumentException>(() => FeedbackQuestion.Rating("r", "R", default)).ParamName);
    }

    [Fact]
    public void Answers_NullArguments_Throw()
    {
        Assert.Equal("choice", Assert.Throws<ArgumentNullException>(() => FeedbackAnswer.Choice(null!)).ParamName);
        Assert.Equal("choices", Assert.Throws<ArgumentNullException>(() => FeedbackAnswer.Choices(null!)).ParamName);
        Assert.Equal("choices", Assert.Throws<ArgumentNullException>(() => FeedbackAnswer.Choices(["a", null!])).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => FeedbackAnswer.Text(null!)).ParamName);
    }

    [Fact]
    public void Submission_BadArguments_Throw()
    {
        var t = Instant.FromUtc(2026, 1, 1, 0, 0);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new FeedbackSubmission(" ", t, new Dictionary<string, FeedbackAnswer>())).ParamName);
        Assert.Equal("answers", Assert.Throws<ArgumentNullException>(() => new FeedbackSubmission("s", t, null!)).ParamName);
        Assert.Equal("answers[q]", Assert.Throws<ArgumentNullException>(() => new FeedbackSubmission("s", t, new Dictionary<string, FeedbackAnswer> { ["q"] = null! })).ParamName);
        Assert.Equal("locationId", Assert.Throws<ArgumentException>(() => new FeedbackSubmission("s", t, new Dictionary<string, FeedbackAnswer>(), locationId: "")).ParamName);
    }
}
