using System.Collections.Concurrent;
using System.Runtime.Loader;

namespace Ingest.Pipeline;

/// <summary>
/// Where a component's work runs, decided once per component type (the answer cannot change: plugin load contexts
/// are not collectible, and an assembly never changes context), instead of asking the runtime once per stage per
/// document.
/// </summary>
internal static class ComponentPlacement
{
    // The normalizers shipped with Ingest: they work on the document's text in memory, do no I/O and check their token
    // as they go (dates per line, numbers and names every few thousand steps), so they stop soon after the budget runs out.
    private const string BuiltInNormalizers = "Ingest.Normalizers";

    private static readonly ConcurrentDictionary<Type, Placement> Placements = new();

    /// <summary>How a component's work is run.</summary>
    public enum Placement
    {
        /// <summary>On a pool thread, awaited with the budget (abandoned if it ignores cancellation).</summary>
        Pool,

        /// <summary>On a dedicated thread with a known stack (plugin code), awaited with the budget.</summary>
        IsolatedThread,

        /// <summary>On the pipeline's own worker, stopped by the budget's token: no thread hand-off per stage.</summary>
        Inline,
    }

    /// <summary>The placement of <paramref name="implementation"/>'s work.</summary>
    public static Placement Of(Type implementation) => Placements.GetOrAdd(implementation, Decide);

    private static Placement Decide(Type implementation)
    {
        var assembly = implementation.Assembly;
        if (AssemblyLoadContext.GetLoadContext(assembly) is { } context && context != AssemblyLoadContext.Default)
        {
            // Code loaded by the plugin loader lives in its own load context; the host's and the application's in the default one.
            return Placement.IsolatedThread;
        }

        return typeof(IDocumentNormalizer).IsAssignableFrom(implementation) && assembly.GetName().Name == BuiltInNormalizers
            ? Placement.Inline
            : Placement.Pool;
    }
}
