using ReviewKit.Cases;
using ReviewKit.Responses;
using ReviewKit.Triage;

namespace ReviewKit.Tests.Responses;

public class ResponsePolicyTests
{
    [Fact]
    public void Validate_Defaults_NoFailure() => Assert.Empty(new ResponsePolicy().Validate("ReviewKit:Responses:Policy"));

    [Fact]
    public void Validate_EveryBrokenRule_ReportedWithItsPath()
    {
        var policy = new ResponsePolicy { PhoneFromSeverity = (Severity)9, FollowUpAfter = TimeSpan.FromDays(400) };
        policy.Solutions["delay"] = " ";
        policy.Gestures.Currency = "euro";
        policy.Gestures.ApprovalAbove = -1m;
        policy.Gestures.MaxDiscountPercent = 150m;
        policy.Gestures.BudgetPerPeriod = -5m;
        policy.Gestures.MaxValueBySeverity[Severity.High] = -1m;
        policy.Gestures.MaxValueByCustomerValue[CustomerValue.Key] = -2m;
        policy.Gestures.BudgetByLocation["lyon"] = -3m;
        policy.Gestures.AllowedKinds.Add((GestureKind)12);

        var failures = policy.Validate("P");

        string[] expected =
        [
            "P:PhoneFromSeverity: 9 is not a severity",
            "P:Solutions:delay: a solution is 1 to 512 characters",
            "P:FollowUpAfter: 400.00:00:00 must be more than zero and at most 365 days.",
            "P:Gestures:Currency: 'euro' is not an ISO 4217 code",
            "P:Gestures:ApprovalAbove: -1 must be zero or more.",
            "P:Gestures:MaxDiscountPercent: 150 must be more than 0 and at most 100.",
            "P:Gestures:BudgetPerPeriod: -5 must be zero or more.",
            "P:Gestures:MaxValueBySeverity:High: -1 must be zero or more.",
            "P:Gestures:MaxValueByCustomerValue:Key: -2 must be zero or more.",
            "P:Gestures:BudgetByLocation:lyon: -3 must be zero or more.",
            "P:Gestures:AllowedKinds: 12 is not a gesture kind",
        ];
        Assert.Equal(expected.Length, failures.Count);
        Assert.All(expected, e => Assert.Contains(failures, f => f.StartsWith(e, StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_NullPath_Throws() =>
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => new ResponsePolicy().Validate(null!)).ParamName);

    [Fact]
    public void Planner_CopiesThePolicy_LaterChangesDoNotApply()
    {
        var policy = new ResponsePolicy();
        var planner = ResponsePlannerTests.Planner(policy);
        policy.Gestures.ApprovalAbove = 0m;
        policy.Gestures.Enabled = false;

        var gesture = planner.Plan(ResponsePlannerTests.Request(TestData.NewCase(), Severity.High, budget: new GestureBudgetSnapshot("paris-store", 0m, "EUR")), TestData.At(10)).Gesture;

        Assert.True(gesture.IsAvailable);
        Assert.Equal(25m, gesture.ApprovalAbove);
    }
}
