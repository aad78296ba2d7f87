namespace Ingest;

/// <summary>A reader registered with Ingest and its priority among readers of the same format.</summary>
public sealed class ReaderRegistration
{
    internal ReaderRegistration(Type readerType, int priority, Func<IServiceProvider, IDocumentReader> factory)
    {
        ReaderType = readerType;
        Priority = priority;
        Factory = factory;
    }

    /// <summary>The reader's type.</summary>
    public Type ReaderType { get; }

    /// <summary>The priority: among readers that declare the same format, the highest reads it.</summary>
    public int Priority { get; }

    /// <summary>The reader instance, when one was registered rather than a type; <see langword="null"/> otherwise.</summary>
    internal IDocumentReader? Instance { get; init; }

    /// <summary>Creates (or returns the singleton) reader.</summary>
    public Func<IServiceProvider, IDocumentReader> Factory { get; }
}
