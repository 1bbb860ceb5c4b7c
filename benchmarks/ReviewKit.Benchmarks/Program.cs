using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ReviewKit.Benchmarks;

/// <summary>
/// Runs the ReviewKit benchmarks with BenchmarkDotNet's switcher (<c>--filter</c>, <c>--job</c>, ...).
/// Exits with 1 when any benchmark failed to build or run, so that CI notices.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "quality")
        {
            // Not a benchmark: the analyzer's quality evaluation on real data (see Analysis/QualityEvaluation.cs).
            return Analysis.QualityEvaluation.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "themes-cv")
        {
            // Not a benchmark: leave-one-writer-out cross-validation of the learned theme model on the development files.
            return Analysis.ThemeModelCrossValidation.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "train-themes")
        {
            // Not a benchmark: trains the shipped theme model on the development files.
            return Analysis.ThemeModelCrossValidation.Train(args[1..]);
        }

        if (args.Length > 0 && args[0] == "quality-dev")
        {
            // Not a benchmark: the dev halves only, for tuning (see Analysis/DevEvaluation.cs); never a held-out figure.
            return Analysis.DevEvaluation.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "escalation-cpu")
        {
            // Not a benchmark: wall and CPU time of the escalation pass on a shared machine (see EscalationBenchmarks.MeasureCpu).
            return Escalation.EscalationBenchmarks.MeasureCpu();
        }

        var config = DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
        var summaries = BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args, config).ToList();
        var failed = summaries.Count == 0
            || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success));
        if (failed)
        {
            Console.Error.WriteLine("At least one benchmark failed (or none ran).");
        }

        return failed ? 1 : 0;
    }
}
