namespace Ingest;

/// <summary>A normalizer registered with Ingest and its place in the order normalizers run in.</summary>
public sealed class NormalizerRegistration
{
    internal NormalizerRegistration(Type normalizerType, int order, Func<IServiceProvider, IDocumentNormalizer> factory)
    {
        NormalizerType = normalizerType;
        Order = order;
        Factory = factory;
    }

    /// <summary>The normalizer's type.</summary>
    public Type NormalizerType { get; }

    /// <summary>The order: normalizers run in ascending order; equal orders run in registration order.</summary>
    public int Order { get; }

    /// <summary>Creates (or returns the singleton) normalizer.</summary>
    public Func<IServiceProvider, IDocumentNormalizer> Factory { get; }
}
