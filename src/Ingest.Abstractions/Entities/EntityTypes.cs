namespace Ingest;

/// <summary>
/// The <see cref="Entity.Type"/> names of the built-in entities: the contract normalizers coordinate through (numbers
/// leave alone the text a date claimed; names leave alone dates, numbers and earlier names). A plugin's own entity type
/// should not reuse these names.
/// </summary>
public static class EntityTypes
{
    /// <summary>A link (<c>link</c>), from the readers.</summary>
    public const string Link = "link";

    /// <summary>A date, time, range, duration or set (<c>date</c>), from the date normalizer (<see cref="NormalizerOrder.Dates"/>).</summary>
    public const string Date = "date";

    /// <summary>A number, range, percentage, money or quantity (<c>number</c>), from the number normalizer (<see cref="NormalizerOrder.Numbers"/>).</summary>
    public const string Number = "number";

    /// <summary>A person, place or organization (<c>name</c>), from the name normalizer (<see cref="NormalizerOrder.Names"/>).</summary>
    public const string Name = "name";
}
