namespace Ingest;

/// <summary>
/// Marks an assembly as an Ingest plugin and names its entry point, a type implementing <see cref="IIngestPlugin"/>.
/// Hosts read this attribute to discover plugins; they never scan types or compile source.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class IngestPluginAttribute : Attribute
{
    /// <summary>Declares the plugin's entry point.</summary>
    /// <param name="entryPoint">A public type implementing <see cref="IIngestPlugin"/> with a parameterless constructor.</param>
    public IngestPluginAttribute(Type entryPoint)
    {
        ArgumentNullException.ThrowIfNull(entryPoint);
        EntryPoint = entryPoint;
    }

    /// <summary>The plugin's entry point.</summary>
    public Type EntryPoint { get; }

    /// <summary>A display name; defaults to the assembly name.</summary>
    public string? Name { get; init; }
}
