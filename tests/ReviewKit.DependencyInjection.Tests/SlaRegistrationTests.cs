using Microsoft.Extensions.DependencyInjection;
using ReviewKit.Sla;

namespace ReviewKit.DependencyInjection.Tests;

public class SlaRegistrationTests
{
    [Fact]
    public void AddReviewKit_RegistersAnSlaEvaluatorWithTheDefaultPolicy()
    {
        using var provider = new ServiceCollection().AddReviewKit().BuildServiceProvider();

        var evaluator = provider.GetRequiredService<SlaEvaluator>();

        Assert.Same(SlaPolicy.Default, evaluator.DefaultPolicy);
        Assert.Empty(evaluator.Rules);
        Assert.Same(evaluator, provider.GetRequiredService<SlaEvaluator>());
    }

    [Fact]
    public void AddReviewKit_TheHostsSlaEvaluatorWins()
    {
        var policy = new SlaPolicy("fast", new SlaTarget(Duration.FromHours(4), Duration.FromHours(8)));
        var own = new SlaEvaluator(policy);

        using var provider = new ServiceCollection().AddSingleton(own).AddReviewKit().BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<SlaEvaluator>());
    }
}
