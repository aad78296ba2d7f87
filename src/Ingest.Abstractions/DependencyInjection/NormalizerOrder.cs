namespace Ingest;

/// <summary>
/// The order the built-in normalizers run in, a contract as visible as <see cref="EntityTypes"/>: each normalizer sees
/// the entities of those before it. Dates run first; numbers then skip text a <see cref="EntityTypes.Date"/> entity
/// covers (<c>3 May 2021</c> is not also the numbers 3 and 2021); names run last and skip dates and numbers.
/// A plugin that must see the built-ins' entities picks an order after <see cref="Names"/> (or <see cref="Default"/>);
/// one whose entities the built-ins should not see has no way to hide them, so it runs after them too.
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
