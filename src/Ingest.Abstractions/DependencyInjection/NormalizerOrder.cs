namespace Ingest;

/// <summary>
/// The order the built-in normalizers run in. Dates run first so numbers can leave date parts alone;
/// names run last. Plugins pick an order between or after these.
/// </summary>
public static class NormalizerOrder
{
    /// <summary>The date normalizer.</summary>
    public const int Dates = 100;

    /// <summary>The number normalizer.</summary>
    public const int Numbers = 200;

    /// <summary>The name normalizer.</summary>
    public const int Names = 300;

    /// <summary>The default for normalizers that do not state an order: after the built-ins.</summary>
    public const int Default = 1000;
}
