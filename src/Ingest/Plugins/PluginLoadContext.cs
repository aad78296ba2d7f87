using System.Reflection;
using System.Runtime.Loader;

namespace Ingest.Plugins;

/// <summary>
/// The load context of one plugin: its private dependencies come from its own folder (through its <c>.deps.json</c>);
/// the contract assemblies come from the host so that <see cref="IIngestPlugin"/>, <see cref="IIngestBuilder"/> and the
/// DI abstractions are the same types on both sides.
/// </summary>
/// <remarks>
/// Not collectible: the plugin's readers and normalizers live in the host's service container for as long as it does.
/// </remarks>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    // Always the host's copy: a plugin's own copy of these would make its types different from the host's.
    private static readonly HashSet<string> SharedContracts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ingest.Abstractions",
        "Microsoft.Extensions.DependencyInjection.Abstractions",
        "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Options",
        "Microsoft.Extensions.Primitives",
        "Microsoft.Extensions.Logging.Abstractions",
    };

    private readonly AssemblyDependencyResolver _resolver;

    public PluginLoadContext(string mainAssemblyPath, string name)
        : base("Ingest plugin " + name, isCollectible: false)
    {
        _resolver = new AssemblyDependencyResolver(mainAssemblyPath);
    }

    public static bool IsSharedContract(string? assemblyName) => assemblyName is not null && SharedContracts.Contains(assemblyName);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsSharedContract(assemblyName.Name))
        {
            return null;
        }

        // Other Ingest packages (readers, normalizers) are shared when the host has them, so a plugin can extend them.
        if (IsIngestPackage(assemblyName.Name) && TryLoadFromHost(assemblyName) is { } hostCopy)
        {
            return hostCopy;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    private static bool IsIngestPackage(string? name)
        => name is not null && (name == "Ingest" || name.StartsWith("Ingest.", StringComparison.Ordinal));

    private static Assembly? TryLoadFromHost(AssemblyName assemblyName)
    {
        try
        {
            return Default.LoadFromAssemblyName(assemblyName);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
