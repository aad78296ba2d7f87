namespace Ingest.Normalizers.Numbers.Units;

/// <summary>A unit read from text: the unit and where its written form ends.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="End">The offset just past the unit as written.</param>
/// <param name="Spelled">Whether the unit was spelled out as a word (<c>pounds</c>) rather than a symbol (<c>lb</c>).</param>
internal readonly record struct UnitReading(UnitDefinition Unit, int End, bool Spelled);
