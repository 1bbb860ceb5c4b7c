using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ReviewKit.Samples.QualityLoop;

/// <summary>The composition root: appsettings.json, ReviewKit's services, and the sample's own validated options.</summary>
public static class SampleServices
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: false)
            .Build();
        var services = new ServiceCollection();
        services.AddReviewKit(configuration.GetSection(ReviewKitOptions.SectionName));
        services.AddSingleton<IValidateOptions<QualityLoopOptions>, QualityLoopOptionsValidator>();
        services.AddOptions<QualityLoopOptions>().Bind(configuration.GetSection(QualityLoopOptions.SectionName)).ValidateOnStart();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
