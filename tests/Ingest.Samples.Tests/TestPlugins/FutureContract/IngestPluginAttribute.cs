namespace Ingest;

/// <summary>The plugin attribute as a future contract version might declare it.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class IngestPluginAttribute(Type entryPoint) : Attribute
{
    /// <summary>The entry point.</summary>
    public Type EntryPoint { get; } = entryPoint;
}
