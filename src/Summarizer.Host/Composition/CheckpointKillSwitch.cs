using System.Diagnostics;
using System.Runtime.CompilerServices;
using Summarizer.Extraction;

namespace Summarizer.Host.Composition;

/// <summary>
/// Test hook for the kill-and-resume test: with <c>SUMMARIZER_TEST_KILL_AFTER_CHECKPOINTS=N</c> in the environment,
/// the process kills itself with SIGKILL (as <c>kill -9</c> would) when the extract step asks for the section after
/// the N-th — by then N section results are checkpointed in the store. Unset (always, outside that test), nothing is
/// wrapped.
/// </summary>
internal static class CheckpointKillSwitch
{
    public const string EnvironmentVariable = "SUMMARIZER_TEST_KILL_AFTER_CHECKPOINTS";

    public static IServiceCollection AddCheckpointKillSwitch(this IServiceCollection services)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(EnvironmentVariable), out var after) || after < 0) return services;
        var engines = services.Where(d => d.ServiceType == typeof(IItemExtractor)).ToList();
        foreach (var engine in engines)
        {
            services.Remove(engine);
            services.AddSingleton<IItemExtractor>(sp => new Killing((IItemExtractor)(engine.ImplementationInstance
                ?? engine.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, engine.ImplementationType!)), after));
        }
        return services;
    }

    private sealed class Killing(IItemExtractor inner, int after) : IItemExtractor
    {
        public string Engine => inner.Engine;
        public string Version => inner.Version;

        public async IAsyncEnumerable<SectionExtraction> ExtractAsync(IReadOnlyList<ReportSection> units, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var yielded = 0;
            await foreach (var result in inner.ExtractAsync(units, cancellationToken))
            {
                // The caller saves each result before it asks for the next one: here, `after` checkpoints are stored.
                if (yielded++ == after) Process.GetCurrentProcess().Kill();
                yield return result;
            }
        }
    }
}
