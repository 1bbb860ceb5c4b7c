using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReviewKit;
using ReviewKit.Escalation;
using ReviewKit.Samples.EscalationWorker;

// A hosted worker that watches a few open cases and escalates them through a console notifier, with the rules of
// appsettings.json (ReviewKit:Escalation). "Simulate" (the default, and what CI runs) plays 96 hours on the worker's own
// clock and exits; "RealTime" uses the system clock and runs until stopped.
// appsettings.json is read from the output directory, wherever the worker is started from (CI starts it from the root).
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
var options = builder.Configuration.GetSection("Worker").Get<WorkerOptions>() ?? new WorkerOptions();
var simulate = !string.Equals(options.Mode, "RealTime", StringComparison.OrdinalIgnoreCase) || args.Contains("--simulate");
var start = EscalationWorker.ParseStart(options);

// The clock is registered before AddReviewKit so that it wins over the system clock.
builder.Services.AddSingleton<IClock>(simulate ? new SimulatedClock(start) : SystemClock.Instance);
builder.Services.AddReviewKit(builder.Configuration.GetSection("ReviewKit"));
builder.Services.AddSingleton(options);
builder.Services.AddSingleton(Console.Out);
builder.Services.AddSingleton(sp => new OpenCases(sp.GetRequiredService<IClock>().GetCurrentInstant()));
builder.Services.AddSingleton(sp => new ConsoleEscalationNotifier(sp.GetRequiredService<TextWriter>()));
builder.Services.AddSingleton<IEscalationNotifier>(sp => sp.GetRequiredService<ConsoleEscalationNotifier>());
builder.Services.AddHostedService<EscalationWorker>();

await builder.Build().RunAsync();
