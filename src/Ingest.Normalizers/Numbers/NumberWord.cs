namespace Ingest.Normalizers.Numbers;

/// <summary>What the vocabulary knows about one word: its roles, its numeric value and, for money, its ISO 4217 code.</summary>
/// <param name="Roles">The roles the word can play.</param>
/// <param name="Value">The numeric value (a unit, tens, scale, ordinal position or denominator), or the factor of a minor currency unit.</param>
/// <param name="Currency">The ISO 4217 code for a currency word.</param>
internal readonly record struct NumberWord(NumberWordRole Roles, double Value, string? Currency)
{
    public bool Has(NumberWordRole role) => (Roles & role) != 0;
}
